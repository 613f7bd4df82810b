<#import "lib/common.ftl" as c>
<#assign department = departments[0]>
<#assign role = department.roles[0]>
<#assign organization = catalog.organization!{}>
<#assign person = employee!{}>
<#assign blank = "________________________">
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${doc.lang}" xml:lang="${doc.lang}" class="sheet">
<#assign contract = person.contractNumber???then(labels['sheet.contract-number']?replace("{contract-number}", person.contractNumber), "")>
<#-- Whose sheet it is, on every page: the signature page may be the last alone, and pages come apart. -->
<#assign identity = (person.name??)?then([person.name!"", role.title, contract], [(organization.name)!"", role.title])
    ?filter(part -> part?has_content)?join(" • ")>
<@c.head title=labels['sheet.kind'] + labels['punctuation.label-end'] + identity subject=labels['sheet.subject'] stylesheets=["style/base.css", "style/sheet.css"]/>
<body>
<@c.runningParts header=identity/>
<main>

<header class="letterhead"<@c.textLang/>>
<#if organization.logo??><img class="logo" src="${organization.logo}" alt="${organization.logoAlt}"/></#if>
<#if organization.name??><p class="organization">${organization.name}</p></#if>
</header>

<p class="appendix">${labels['sheet.appendix']}</p>
<p class="appendix contract"><#-- The date first: a contract number is the employee list's text and may hold anything, even
     "{contract-date}", which must then print as written; the date is rolebook's own words. -->
${labels['sheet.contract']?replace("{contract-date}", person.contractDate!"__________")?replace("{contract-number}", person.contractNumber!"__________")}</p>

<article class="role" id="${role.anchor}">
<h1>${labels['sheet.kind']}</h1>
<table class="facts">
<tbody>
<@c.factRow labels['field.employee'] person.name!blank/>
<tr><th scope="row">${labels['field.position']}</th><td<@c.textLang/>>${role.title}<#if role.alternativeTitle??> (<span<@c.langOf catalog.alternativeTitleLang catalog.lang/>>${role.alternativeTitle}</span>)</#if></td></tr>
<@c.factRow labels['field.department'] department.name catalog.lang/>
<@c.factRow labels['field.start-date'] person.startDate!blank/>
<#if role.employmentType??><@c.factRow labels['field.employment-type'] labels['employment.' + role.employmentType]/></#if>
<#if (role.location.text)??><@c.factRow labels['field.location'] role.location.text catalog.lang/></#if>
<@c.factRow labels['field.manager'] person.manager!(role.reportsTo!blank)/>
</tbody>
</table>
<@c.roleSections role=role level=1/>
</article>

<section class="signatures keep-together">
<p class="acknowledgement">${labels['sheet.acknowledgement']}</p>
<table class="signature-lines">
<thead>
<tr><th scope="col">${labels['sheet.employer']}</th><th scope="col">${labels['sheet.employee']}</th></tr>
</thead>
<tbody>
<#-- Each label above its line, so that the line keeps its length in a half-width column even on A5. -->
<tr><td>${labels['sheet.signature']}${labels['punctuation.label-end']?trim}<br/>${blank}</td><td>${labels['sheet.signature']}${labels['punctuation.label-end']?trim}<br/>${blank}</td></tr>
<#-- The signer's name under each line, as a lawyer expects; a line to print it by hand where unknown. -->
<tr class="signer"><td<@c.textLang/>>${(organization.name)!blank}</td><td>${person.name!blank}</td></tr>
<tr><td>${labels['sheet.date']}${labels['punctuation.label-end']?trim}<br/>${blank}</td><td>${labels['sheet.date']}${labels['punctuation.label-end']?trim}<br/>${blank}</td></tr>
</tbody>
</table>
<#-- Which text of the role this is, inside the signed block: on the page of the signatures in
     every format (Word keeps a block together, not a line with the block before it). -->
<p class="role-version">${labels['role.version']?replace("{version}", role.version)}<#if catalog.version??> · ${labels['catalog.version']?replace("{version}", catalog.version)}</#if></p>
</section>
</main>
</body>
</html>
