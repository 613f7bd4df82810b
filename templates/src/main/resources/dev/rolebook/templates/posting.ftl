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
<script type="application/ld+json">
${role.jobPosting(description?markup_string)?no_esc}
</script>
</body>
</html>
