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

<header class="letterhead">
<#if organization.logo??><img class="logo" src="${organization.logo}" alt="${organization.name}"/></#if>
<#if organization.name??><p class="organization">${organization.name}</p></#if>
</header>

<article class="role" id="${role.anchor}">
<p class="kind">${labels['posting.kind']}</p>
<h1>${role.title}</h1>
<#if role.alternativeTitle??>
<p class="alternative-title">${role.alternativeTitle}</p>
</#if>
<table class="facts">
<tbody>
<@c.factRow labels['field.department'] department.name/>
<@c.conditionRows role/>
<#if role.validThrough??><@c.factRow labels['field.valid-through'] role.validThrough/></#if>
</tbody>
</table>
<@c.roleSections role=role level=1/>
</article>

<#if organization.name??>
<footer class="contact">
<p class="organization">${organization.name}</p>
<#if organization.address??><p>${organization.address}</p></#if>
<#if organization.email??><p>${organization.email}</p></#if>
<#if organization.website??><p>${organization.website}</p></#if>
</footer>
</#if>
</main>

<#-- schema.org JobPosting for search engines; exporters other than html leave it out. -->
<script type="application/ld+json">
{"@context": "https://schema.org",
 "@type": "JobPosting",
 "title": "${role.title?json_string}",
 "description": "<#list role.summary as p>${p?json_string}<#sep>\n\n</#sep></#list>",
 "datePosted": "${doc.dateIso}",
 "occupationalCategory": "${department.name?json_string}"<#if organization.name??>,
 "hiringOrganization": {"@type": "Organization", "name": "${organization.name?json_string}"<#if organization.website??>, "sameAs": "${organization.website?json_string}"</#if>}</#if><#if role.employmentType??>,
 "employmentType": "${role.employmentType?upper_case?replace('-', '_')}"</#if><#if (role.location.country)??>,
 "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress"<#if role.location.street??>, "streetAddress": "${role.location.street?json_string}"</#if><#if role.location.city??>, "addressLocality": "${role.location.city?json_string}"</#if><#if role.location.region??>, "addressRegion": "${role.location.region?json_string}"</#if><#if role.location.postalCode??>, "postalCode": "${role.location.postalCode?json_string}"</#if>, "addressCountry": "${role.location.country?json_string}"}}</#if><#if role.location?? && (role.location.remote!false)>,
 "jobLocationType": "TELECOMMUTE"</#if><#if role.salary??>,
 "baseSalary": {"@type": "MonetaryAmount", "currency": "${role.salary.currency}", "value": {"@type": "QuantitativeValue"<#if role.salary.min??>, "minValue": ${role.salary.min}</#if><#if role.salary.max??>, "maxValue": ${role.salary.max}</#if>, "unitText": "${role.salary.period?upper_case}"}}</#if><#if role.validThroughIso??>,
 "validThrough": "${role.validThroughIso}"</#if>}
</script>
</body>
</html>
