package dev.rolebook.xhtml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks a document against the contract's schema ({@code contract.xsd}, W3C XML Schema, validated
 * by the JDK's own validator): every element one that exporters understand, in a place where they
 * understand it, and the parts they need present. Classes and other attributes are free. The
 * first problem is reported with its line in the document, in words.
 */
public final class XhtmlContract {
    private static final Schema SCHEMA = load();
    /** Every element the schema names, to tell an element outside the contract from one out of place. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "title", "meta", "link", "style", "script",
            "body", "main", "section", "article", "nav", "header", "footer", "aside", "div", "blockquote", "h1", "h2",
            "h3", "h4", "p", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "a", "b",
            "strong", "i", "em", "u", "span", "small", "sub", "sup", "code", "br", "img");
    private static final SAXParserFactory PARSERS = parsers();

    private XhtmlContract() {}

    /** @throws ContractException naming the first element that breaks the contract, and where */
    public static void check(XhtmlDocument document) {
        Checker checker = CHECKERS.get();
        try {
            // What the schema looks at is the shape: elements, their order and nesting, and where
            // there is text. Documents of one template mostly share it (a batch of sheets for one
            // role), so a shape found valid once is not validated again.
            Shape shape = new Shape();
            checker.reader.setContentHandler(shape);
            checker.reader.setErrorHandler(null);
            checker.reader.parse(new InputSource(new StringReader(document.xhtml())));
            String key = shape.toString();
            if (VALID.contains(key)) {
                return;
            }
            Problem problem = new Problem();
            checker.validator.setErrorHandler(problem);
            checker.reader.setContentHandler(new Stack(checker.validator, problem));
            checker.reader.setErrorHandler(problem);
            checker.reader.parse(new InputSource(new StringReader(document.xhtml())));
            if (VALID.size() >= VALID_MAX) {
                VALID.clear();
            }
            VALID.add(key);
        } catch (Stop stop) {
            throw new ContractException(stop.getMessage());
        } catch (SAXParseException e) {
            throw new ContractException(String.format("line %d, column %d: malformed XHTML: %s", e.getLineNumber(),
                    e.getColumnNumber(), e.getMessage()), e);
        } catch (SAXException | IOException e) {
            throw new ContractException("the XHTML cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * How deep elements may nest. Every exporter walks the document recursively (and Flying Saucer
     * lays it out so), so a template that nests without end would otherwise end in a stack overflow.
     * Java 25's XML parsers refuse more than 100 levels by default (jdk.xml.maxElementDepth, which
     * Java 17 leaves unlimited): the same limit here makes both Javas accept the same documents.
     */
    static final int MAX_DEPTH = 100;

    /** Shapes of documents found valid; bounded, emptied when full. */
    private static final Set<String> VALID = ConcurrentHashMap.newKeySet();
    private static final int VALID_MAX = 1_000;

    /**
     * A document's shape as the schema sees it: each element's namespace and name, its end, and a
     * mark where an element holds text other than white space. Attributes and the text itself are
     * left out, the schema leaves them free, but for whether an image has its alt, which it requires.
     */
    private static final class Shape extends DefaultHandler {
        private final StringBuilder shape = new StringBuilder(4096);
        private boolean textMarked;
        private Locator locator;
        /** The level of the last heading, 0 before the first. */
        private int heading;
        /** How deep the current element stands. */
        private int depth;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws Stop {
            if (++depth > MAX_DEPTH) {
                throw new Stop((locator == null ? "" : "line " + locator.getLineNumber() + ": ") + "elements nest more than "
                        + MAX_DEPTH + " deep; a real document needs a few dozen levels at most (a loop that opens"
                        + " elements without closing them?)");
            }
            if (Vocabulary.XHTML.equals(uri) && localName.length() == 2 && localName.charAt(0) == 'h'
                    && localName.charAt(1) >= '1' && localName.charAt(1) <= '4') {
                checkLevel(localName.charAt(1) - '0');
            }
            shape.append('<');
            if (!Vocabulary.XHTML.equals(uri)) {
                shape.append('{').append(uri).append('}');
            }
            shape.append(localName).append(' ');
            if (localName.equals("img") && attributes.getIndex("", "alt") >= 0) {
                shape.append('a');
            }
            textMarked = false;
        }

        /**
         * Headings go down one level at a time (h1, h2, h3, never h1 then h3): a screen reader lists
         * them as the document's outline, a Word reader builds its navigation pane from them, and
         * PDF/UA requires it.
         */
        private void checkLevel(int level) throws Stop {
            if (level > heading + 1) {
                String where = locator == null ? "" : "line " + locator.getLineNumber() + ": ";
                throw new Stop(where + "<h" + level + "> follows " + (heading == 0 ? "no heading" : "<h" + heading + ">")
                        + ": headings may not skip a level; use <h" + (heading + 1) + ">");
            }
            heading = level;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            shape.append('>');
            textMarked = false;
        }

        @Override
        public void characters(char[] text, int start, int length) {
            if (textMarked) {
                return;
            }
            for (int i = start; i < start + length; i++) {
                if (!Character.isWhitespace(text[i])) {
                    shape.append('t');
                    textMarked = true;
                    return;
                }
            }
        }

        @Override
        public String toString() {
            return shape.toString();
        }
    }

    /**
     * A parser and a validator for one thread: neither may be shared, and making them costs more
     * than checking a role sheet.
     */
    private static final ThreadLocal<Checker> CHECKERS = ThreadLocal.withInitial(Checker::new);

    private static final class Checker {
        final XMLReader reader;
        final ValidatorHandler validator;

        Checker() {
            try {
                synchronized (PARSERS) {
                    reader = PARSERS.newSAXParser().getXMLReader();
                }
                // One level more than the contract allows, so that the contract's own message,
                // not the parser's, names a document that nests too deep.
                reader.setProperty("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException(e);
            }
            reader.setEntityResolver((publicId, systemId) -> {
                throw new IOException("external entity '" + systemId + "' refused");
            });
            validator = SCHEMA.newValidatorHandler();
        }
    }

    /** Keeps the open elements, so a problem can say where it is; stops at the first problem. */
    private static final class Stack extends XMLFilterImpl {
        private final Deque<String> open = new ArrayDeque<>();
        private final Problem problem;

        Stack(ValidatorHandler validator, Problem problem) {
            this.problem = problem;
            problem.stack = this;
            setContentHandler(validator);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            problem.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            problem.element = Vocabulary.XHTML.equals(uri) ? localName : "{" + uri + "}" + localName;
            super.startElement(uri, localName, qName, atts);
            open.push(localName);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            problem.closing = localName;
            super.endElement(uri, localName, qName);
            open.pop();
            problem.closing = null;
        }

        String parent() {
            return open.isEmpty() ? "the document" : "<" + open.peek() + ">";
        }
    }

    /** Turns the validator's first message into words and stops the parse. */
    private static final class Problem implements ErrorHandler {
        Locator locator;
        Stack stack;
        String element;
        String closing;

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw new Stop(String.format("line %d: %s", e.getLineNumber(), words(e.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        private String words(String message) {
            if (message.startsWith("cvc-complex-type.2.4.a") || message.startsWith("cvc-elt.1")) {
                String where = message.startsWith("cvc-elt.1") ? "as the root element" : "inside " + stack.parent();
                if (!ELEMENTS.contains(element)) {
                    return "<" + element + "> is not part of the XHTML contract " + where
                            + "; see the contract in templates/README.md";
                }
                String expected = expected(message);
                return "<" + element + "> cannot stand " + where + " in the XHTML contract"
                        + (expected.contains(" or ") || expected.equals("a part") ? "" : "; " + expected + " is expected there");
            }
            if (message.startsWith("cvc-complex-type.2.4.b") && closing != null) {
                return "<" + closing + "> lacks " + expected(message) + ", which the XHTML contract requires there";
            }
            if (message.startsWith("cvc-complex-type.4") && message.contains("'alt'")) {
                return "<img> has no alt: say what the image shows, for readers who cannot see it (alt=\"\" for"
                        + " an image that only decorates)";
            }
            if (message.startsWith("cvc-complex-type.2.3") || message.startsWith("cvc-complex-type.2.1")) {
                return "text is not allowed directly inside " + stack.parent() + " (in the XHTML contract)";
            }
            return message;
        }

        /** "One of '{"http://www.w3.org/1999/xhtml":title}' is expected." as {@code <title>}. */
        private static String expected(String message) {
            int offered = message.indexOf("One of");
            java.util.regex.Matcher names = java.util.regex.Pattern.compile(":([a-z0-9]+)[,}]")
                    .matcher(offered < 0 ? message : message.substring(offered));
            StringBuilder list = new StringBuilder();
            while (names.find()) {
                // The head's optional items are offered beside its title; only the title is missing.
                if (!java.util.Set.of("meta", "link", "style", "script").contains(names.group(1))) {
                    list.append(list.isEmpty() ? "" : " or ").append('<').append(names.group(1)).append('>');
                }
            }
            return list.isEmpty() ? "a part" : list.toString();
        }
    }

    /** The first problem, carried out of the parser. */
    private static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop(String message) {
            super(message);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(new StreamSource(XhtmlContract.class.getResource("contract.xsd").toExternalForm()));
        } catch (SAXException e) {
            throw new IllegalStateException("the contract's schema cannot be read: " + e.getMessage(), e);
        }
    }

    private static SAXParserFactory parsers() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
        return factory;
    }
}
