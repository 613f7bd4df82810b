<#import "lib/common.ftl" as c>
<#assign department = departments[0]>
<#assign role = department.roles[0]>
<#assign organization = catalog.organization!{}>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${doc.lang}" xml:lang="${doc.lang}" class="posting">
<@c.head title=role.title subject=labels['posting.subject'] stylesheets=["style/base.css", "style/posting.css"]/>
<body>
<@c.runningParts header=(organization.name)!catalog.title/>
<main>

<header class="letterhead"<@c.textLang/>>
<#if organization.logo??><img class="logo" src="${organization.logo}" alt="${organization.name}"/></#if>
<#if organization.name??><p class="organization">${organization.name}</p></#if>
</header>

<article class="role" id="${role.anchor}">
<p class="kind">${labels['posting.kind']}</p>
<h1<@c.textLang/>>${role.title}</h1>
<#if role.alternativeTitle??>
<p class="alternative-title"<@c.langOf catalog.alternativeTitleLang/>>${role.alternativeTitle}</p>
</#if>
<table class="facts">
<tbody>
<@c.factRow labels['field.department'] department.name catalog.lang/>
<@c.conditionRows role/>
<#if role.validThrough??><@c.factRow labels['field.valid-through'] role.validThrough/></#if>
</tbody>
</table>
<@c.roleSections role=role level=1/>
</article>

<#if organization.name??>
<footer class="contact"<@c.textLang/>>
<p class="organization">${organization.name}</p>
<#if organization.address??><p>${organization.address}</p></#if>
<#if organization.email??><p>${organization.email}</p></#if>
<#if organization.website??><p>${organization.website}</p></#if>
</footer>
</#if>
</main>

<#-- schema.org JobPosting for job boards (Google's required and recommended properties); exporters
     other than html leave it out. The description is HTML, as job boards ask: the whole posting. -->
<#assign description><@c.jobDescription role/></#assign>
<#assign location = role.location!{}>
<#assign remote = location.remote!false>
<#assign address = location.street?? || location.city?? || location.region?? || location.postalCode??>
<script type="application/ld+json">
{"@context": "https://schema.org",
 "@type": "JobPosting",
 "title": "${role.title?json_string}",
 "description": "${description?markup_string?trim?json_string}",
 "identifier": {"@type": "PropertyValue", "name": "${((organization.name)!catalog.title)?json_string}", "value": "${(catalog.id + "/" + role.id)?json_string}"},
 "datePosted": "${role.datePostedIso}",
 "directApply": false<#if role.validThroughIso??>,
 "validThrough": "${role.validThroughIso}"</#if><#if role.occupationalCategory??>,
 "occupationalCategory": "${role.occupationalCategory?json_string}"</#if><#if organization.name??>,
 "hiringOrganization": {"@type": "Organization", "name": "${organization.name?json_string}"<#if organization.website??>, "sameAs": "${organization.website?json_string}"</#if><#if organization.logoUrl??>, "logo": "${organization.logoUrl?json_string}"</#if>}</#if><#if role.employmentType??>,
 "employmentType": "${role.employmentType?upper_case?replace('-', '_')}"</#if><#if address || (location.country?? && !remote)>,
 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress"<#if location.street??>, "streetAddress": "${location.street?json_string}"</#if><#if location.city??>, "addressLocality": "${location.city?json_string}"</#if><#if location.region??>, "addressRegion": "${location.region?json_string}"</#if><#if location.postalCode??>, "postalCode": "${location.postalCode?json_string}"</#if><#if location.country??>, "addressCountry": "${location.country?json_string}"</#if>}}</#if><#if remote>,
 "jobLocationType": "TELECOMMUTE"<#if location.country??>,
 "applicantLocationRequirements": {"@type": "Country", "name": "${location.country?json_string}"}</#if></#if><#if role.salary??>,
 "baseSalary": {"@type": "MonetaryAmount", "currency": "${role.salary.currency}", "value": {"@type": "QuantitativeValue"<#if role.salary.min??>, "minValue": ${role.salary.min}</#if><#if role.salary.max??>, "maxValue": ${role.salary.max}</#if>, "unitText": "${role.salary.period?upper_case}"}}</#if>}
</script>
</body>
</html>
