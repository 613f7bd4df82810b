package dev.rolebook.docx;

import java.util.HashMap;
import java.util.Map;

/** Which handler maps which XHTML element. */
final class Handlers {
    private Handlers() {}

    static Map<String, ElementHandler> all() {
        Map<String, ElementHandler> handlers = new HashMap<>();
        ElementHandler heading = new HeadingHandler();
        for (String name : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
            handlers.put(name, heading);
        }
        handlers.put("p", new ParagraphHandler());
        ElementHandler list = new ListHandler();
        handlers.put("ul", list);
        handlers.put("ol", list);
        handlers.put("dl", new DefinitionListHandler());
        handlers.put("blockquote", new QuoteHandler());
        handlers.put("table", new TableHandler());
        ElementHandler container = new ContainerHandler();
        for (String name : new String[] {"section", "article", "div", "nav", "header", "footer", "main", "aside", "body"}) {
            handlers.put(name, container);
        }
        ElementHandler skip = (element, builder) -> { };
        handlers.put("script", skip);
        handlers.put("style", skip);
        return Map.copyOf(handlers);
    }
}
