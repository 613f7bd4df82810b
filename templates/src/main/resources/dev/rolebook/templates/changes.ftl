<#import "lib/common.ftl" as c>
<#-- What changed in a role since the text an employee signed: an amendment to their role sheet,
     signed as the sheet was. Each change says where it is, what the text was and what it is now,
     the words that changed in bold. -->
<#assign department = departments[0]>
<#assign role = department.roles[0]>
<#assign organization = catalog.organization!{}>
<#assign person = employee!{}>
<#assign blank = "________________________">
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${doc.lang}" xml:lang="${doc.lang}" class="sheet changes">
<#assign contract = person.contractNumber???then(labels['sheet.contract-number']?replace("{contract-number}", person.contractNumber), "")>
<#assign identity = (person.name??)?then([person.name!"", role.title, contract], [(organization.name)!"", role.title])
    ?filter(part -> part?has_content)?join(" • ")>
<@c.head title=labels['changes.kind'] + labels['punctuation.label-end'] + identity subject=labels['changes.subject'] stylesheets=["style/base.css", "style/sheet.css"]/>
<body>
<@c.runningParts header=identity/>
<main>

<header class="letterhead"<@c.textLang/>>
<#if organization.logo??><img class="logo" src="${organization.logo}" alt="${organization.logoAlt}"/></#if>
<#if organization.name??><p class="organization">${organization.name}</p></#if>
</header>

<p class="appendix">${labels['sheet.appendix']}</p>
<p class="appendix contract">${labels['sheet.contract']?replace("{contract-date}", person.contractDate!"__________")?replace("{contract-number}", person.contractNumber!"__________")}</p>

<article class="role" id="${role.anchor}">
<h1>${labels['changes.kind']}</h1>
<table class="facts">
<tbody>
<@c.factRow labels['field.employee'] person.name!blank/>
<tr><th scope="row">${labels['field.position']}</th><td<@c.textLang/>>${role.title}<#if role.alternativeTitle??> (<span<@c.langOf catalog.alternativeTitleLang catalog.lang/>>${role.alternativeTitle}</span>)</#if></td></tr>
<@c.factRow labels['field.department'] department.name catalog.lang/>
</tbody>
</table>
<#if changes.list?has_content>
<p class="changes-intro">${labels['changes.intro']?replace("{before}", changes.versionBefore)?replace("{after}", changes.versionAfter)}</p>
<#list changes.list as change>
<section class="change keep-together">
<h2>${labels['changes.' + change.kind]}${labels['punctuation.label-end']}<span<@c.textLang/>>${change.place}</span></h2>
<#if change.before??><p class="change-before"><strong>${labels['changes.was']}${labels['punctuation.label-end']}</strong><span<@c.textLang/>><#list change.before as piece><#if piece.space> </#if><#if piece.changed><strong>${piece.text}</strong><#else>${piece.text}</#if></#list></span></p></#if>
<#if change.after??><p class="change-after"><strong>${labels['changes.now']}${labels['punctuation.label-end']}</strong><span<@c.textLang/>><#list change.after as piece><#if piece.space> </#if><#if piece.changed><strong>${piece.text}</strong><#else>${piece.text}</#if></#list></span></p></#if>
</section>
</#list>
<#else>
<p class="changes-intro">${labels['changes.none']?replace("{version}", role.version)}</p>
</#if>
</article>

<section class="signatures keep-together">
<p class="acknowledgement">${labels['changes.acknowledgement']}</p>
<table class="signature-lines">
<thead>
<tr><th scope="col">${labels['sheet.employer']}</th><th scope="col">${labels['sheet.employee']}</th></tr>
</thead>
<tbody>
<tr><td>${labels['sheet.signature']}${labels['punctuation.label-end']?trim}<br/>${blank}</td><td>${labels['sheet.signature']}${labels['punctuation.label-end']?trim}<br/>${blank}</td></tr>
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
