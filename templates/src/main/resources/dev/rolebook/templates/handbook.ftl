<#import "lib/common.ftl" as c>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${doc.lang}" xml:lang="${doc.lang}" class="handbook">
<@c.head title=catalog.title subject=labels['handbook.subject'] stylesheets=["style/base.css", "style/handbook.css"]/>
<body>
<@c.runningParts header=catalog.title/>
<main>

<#include "parts/cover.ftl">

<nav class="toc page-break-before" id="toc">
<h1 class="toc-title">${labels['toc.title']}</h1>
<ol>
<#list departments as department>
<li class="toc-department"><a href="#${department.anchor}"<@c.textLang/>>${department.name}</a>
<ol>
<#list department.roles as role>
<li class="toc-role"><a href="#${role.anchor}"<@c.textLang/>>${role.title}</a></li>
</#list>
</ol>
</li>
</#list>
</ol>
</nav>

<#list departments as department>
<section class="department page-break-before" id="${department.anchor}">
<#-- The part's own name heads its title page, not the chapter before it. -->
<div class="running-role"<@c.textLang/>>${department.name}</div>
<h1 class="part-title"<@c.textLang/>>${department.name}</h1>
<#list department.roles as role>
<article class="role page-break-before" id="${role.anchor}">
<h2<@c.textLang/>>${role.title}</h2>
<div class="running-role"<@c.textLang/>>${role.title}</div>
<#if role.alternativeTitle??>
<p class="alternative-title"<@c.langOf catalog.alternativeTitleLang/>>${role.alternativeTitle}</p>
</#if>
<#if role.employmentType?? || role.location?? || role.salary?? || role.reportsTo??>
<table class="facts">
<tbody>
<@c.conditionRows role/>
</tbody>
</table>
</#if>
<@c.roleSections role=role level=2/>
</article>
</#list>
<#list department.quotes as quote>
<blockquote class="quote"<@c.textLang/>>
<p>${quote.text}</p>
<#if quote.author??>
<p class="quote-author">${quote.author}</p>
</#if>
</blockquote>
</#list>
</section>
</#list>
</main>
</body>
</html>
