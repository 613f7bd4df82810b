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
<#if organization.logo??><img class="logo" src="${organization.logo}" alt="${organization.logoAlt}"/></#if>
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
<#-- For applicants: the training sections (what to avoid, the example) are for the staff's handbook. -->
<@c.roleSections role=role level=1 training=false/>
</article>

<#if organization.name??>
<#-- Kept on one page: the contact is one block, never a lone line on a page of its own. -->
<footer class="contact keep-together"<@c.textLang/>>
<p class="organization">${organization.name}</p>
<#if organization.address??><p>${organization.address}</p></#if>
<#if organization.email?? || organization.website??>
<p><#if organization.email??><a href="mailto:${organization.email}">${organization.email}</a></#if><#if organization.email?? && organization.website??> · </#if><#if organization.website??><a href="${organization.website}">${organization.website?remove_beginning("https://")?remove_beginning("http://")?remove_ending("/")}</a></#if></p>
</#if>
</footer>
</#if>
<#-- Which text of the role this is: its version, and the catalog's label where it has one. -->
<p class="role-version">${labels['role.version']?replace("{version}", role.version)}<#if catalog.version??> · ${labels['catalog.version']?replace("{version}", catalog.version)}</#if></p>
</main>

<#-- schema.org JobPosting for job boards (Google's required and recommended properties); exporters
     other than html leave it out. The description is HTML, as job boards ask: the whole posting. -->
<#assign description><@c.jobDescription role/></#assign>
<script type="application/ld+json">
${role.jobPosting(description?markup_string)?no_esc}
</script>
</body>
</html>
