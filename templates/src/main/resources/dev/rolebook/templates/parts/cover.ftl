<#-- The handbook's cover. Override this file alone to brand the cover; data as in handbook.ftl. -->
<section class="cover">
<p class="cover-kind">${labels['handbook.kind']}</p>
<h1 class="cover-title"<@c.textLang/>>${catalog.title}</h1>
<#if catalog.source??>
<p class="cover-source">${labels['cover.source']}${labels['punctuation.label-end']}<span class="work"<@c.textLang/>>${catalog.source.work}</span>, <span class="author"<@c.textLang/>>${catalog.source.author}</span><#if catalog.source.page??>, ${labels['cover.page']} ${catalog.source.page}</#if></p>
</#if>
<#if catalog.organization??>
<p class="cover-organization"<@c.textLang/>>${catalog.organization.name}</p>
</#if>
<p class="cover-edition">${labels['cover.edition']?replace("{date}", doc.date)}</p>
</section>
