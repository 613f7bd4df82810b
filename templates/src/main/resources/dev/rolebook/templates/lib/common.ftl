<#--
  Pieces every document kind shares. Content decisions live here; layout lives in the CSS.
  All interpolations are escaped for XHTML: catalog text always prints as text.
-->

<#-- The head: title, metadata the exporters copy into the PDF and DOCX properties, stylesheets.
     The author: a handbook is the source book's text, so its author's (or the organization's
     where there is no source); postings and sheets are the organization's documents, with no
     author where the catalog names no organization (never the book's author). -->
<#macro head title subject stylesheets>
<#local author = (doc.kind == "handbook")?then((catalog.source.author)!(catalog.organization.name)!"",
    (catalog.organization.name)!"")>
<head>
<meta charset="UTF-8"/>
<title>${title}</title>
<#if author?has_content><meta name="author" content="${author}"/></#if>
<meta name="subject" content="${subject}"/>
<meta name="keywords" content="<#list departments as d><#list d.roles as r>${r.title}<#sep>, </#sep></#list><#sep>, </#sep></#list>"/>
<meta name="generator" content="rolebook"/>
<meta name="paper" content="${doc.paper}"/>
<#-- Which text of the role a posting or sheet is (handbooks have no role version). -->
<#if (departments[0].roles[0].version)??>
<meta name="role-version" content="${departments[0].roles[0].version}"/>
<#if catalog.version??><meta name="catalog-version" content="${catalog.version}"/></#if>
</#if>
<#-- A sheet carries what it says of the role as data (rolebook verify reads it back); the JSON
     escapes <, > and &, so it stands here as it is. -->
<#if doc.record??>
<script type="application/vnd.rolebook.role+json">${doc.record?no_esc}</script>
</#if>
<#list stylesheets as sheet>
<link rel="stylesheet" href="${sheet}"/>
<#if sheet == "style/base.css">
<link rel="stylesheet" href="style/paged.css" media="print"/>
</#if>
</#list>
<style>@page { size: ${doc.paper}; }</style>
</head>
</#macro>

<#-- A label with {placeholders}; each placeholder becomes an empty span of that class, which the
     exporters fill (page-number, page-count). -->
<#macro pattern text>
<#list text?split("{") as piece><#if piece?index == 0>${piece}<#else><span class="${piece?keep_before("}")}"></span>${piece?keep_after("}")}</#if></#list>
</#macro>

<#-- lang and xml:lang for an element whose text is in another language than the document's. -->
<#-- within: the language of the element's parent, where that is not the document's. -->
<#macro langOf tag within=doc.lang><#if tag != within> lang="${tag}" xml:lang="${tag}"</#if></#macro>
<#-- The same for an element holding catalog text, which is in the catalog's language (the labels
     around it may be in another: an English catalog with Russian labels). -->
<#macro textLang><@langOf catalog.lang/></#macro>

<#-- Running header and footer: exporters place them at the top and bottom of every page. -->
<#macro runningParts header>
<div class="running-header"<@textLang/>>${header}</div>
<div class="running-footer"><@pattern labels['footer.page']/></div>
</#macro>

<#-- One role's sections in the source's order. level is the heading level of the role's title.
     training: also what to avoid and the practical example, material for staff (handbooks and the
     sheets they sign) rather than for applicants. -->
<#macro roleSections role level training=true>
<#local h2 = "h" + (level + 1)>
<#local h3 = "h" + (level + 2)>
<div class="summary"<@textLang/>>
<#list role.summary as paragraph>
<p>${paragraph}</p>
</#list>
<#if role.responsibilities.leadIn??>
<p class="lead-in">${role.responsibilities.leadIn}</p>
</#if>
</div>
<section class="responsibilities" id="${role.anchor}-responsibilities">
<@sectionHeading h2 role.responsibilities.heading!"" labels['section.responsibilities']/>
<#list role.responsibilities.areas as area>
<div class="area"<@textLang/>>
<${h3}>${area.title}</${h3}>
<ul class="duties">
<#list area.items as item>
<li>${item}</li>
</#list>
</ul>
</div>
</#list>
</section>
<#if role.requirements??>
<section class="requirements" id="${role.anchor}-requirements">
<${h2}>${labels['section.requirements']}</${h2}>
<ul<@textLang/>>
<#list role.requirements as requirement>
<li>${requirement}</li>
</#list>
</ul>
</section>
</#if>
<#if training && role.pitfalls??>
<section class="pitfalls" id="${role.anchor}-pitfalls">
<@sectionHeading h2 role.pitfalls.heading!"" labels['section.pitfalls']/>
<dl<@textLang/>>
<#list role.pitfalls.items as pitfall>
<dt>${pitfall.title}</dt>
<dd>${pitfall.detail}</dd>
</#list>
</dl>
</section>
</#if>
<#if training && role.example??>
<section class="example" id="${role.anchor}-example">
<@sectionHeading h2 role.example.heading!"" labels['section.example']/>
<#list role.example.paragraphs as paragraph>
<p<@textLang/>>${paragraph}</p>
</#list>
</section>
</#if>
</#macro>

<#-- A posting's description for job boards, as the HTML they take (paragraphs, bold, lists): the
     summary, the duties by area and the requirements. -->
<#macro jobDescription role>
<#list role.summary as paragraph><p>${paragraph}</p></#list>
<#if role.responsibilities.leadIn??><p>${role.responsibilities.leadIn}</p></#if>
<p><strong>${role.responsibilities.heading!labels['section.responsibilities']}</strong></p>
<#list role.responsibilities.areas as area><p>${area.title}</p><ul><#list area.items as item><li>${item}</li></#list></ul></#list>
<#if role.requirements??><p><strong>${labels['section.requirements']}</strong></p><ul><#list role.requirements as requirement><li>${requirement}</li></#list></ul></#if>
</#macro>

<#-- A section's heading: the catalog's own, in the catalog's language, or the label. -->
<#macro sectionHeading element heading label>
<#if heading?has_content><${element}<@textLang/>>${heading}</${element}><#else><${element}>${label}</${element}></#if>
</#macro>

<#-- Facts a posting or sheet states about a role, as label/value rows. -->
<#-- The role's working conditions, each where the catalog gives it. -->
<#macro conditionRows role>
<#if role.employmentType??><@factRow labels['field.employment-type'] labels['employment.' + role.employmentType]/></#if>
<#if (role.location.text)??><@factRow labels['field.location'] role.location.text catalog.lang/></#if>
<#if role.location?? && (role.location.remote!false)><@factRow labels['field.remote'] labels['value.yes']/></#if>
<#if role.salary??><@factRow labels['field.salary'] role.salary.text/></#if>
<#if role.reportsTo??><@factRow labels['field.reports-to'] role.reportsTo catalog.lang/></#if>
</#macro>

<#-- valueLang: the value's language where it is catalog text rather than words of the labels. -->
<#macro factRow label value valueLang="">
<tr><th scope="row">${label}</th><td<#if valueLang?has_content><@langOf valueLang/></#if>>${value}</td></tr>
</#macro>
