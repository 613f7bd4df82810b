package dev.rolebook.pdf;

import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfBorderArray;
import com.lowagie.text.pdf.PdfBorderDictionary;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Rectangle;
import java.awt.geom.Point2D;
import java.util.HashSet;
import java.util.Set;
import org.w3c.dom.Element;
import org.xhtmlrenderer.css.style.CalculatedStyle.Edge;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * The link annotations of a tagged PDF. What Flying Saucer does (one annotation over the area of
 * all of a link's boxes on a page, going to the target's page or to the URI), plus what PDF/UA
 * asks: a {@code /Contents} describing the link, and the annotation tied to its Link structure
 * element both ways ({@code /StructParent} and an object reference among the Link's kids).
 */
final class LinkAnnotations {
    private static final PdfName OBJR = new PdfName("OBJR");
    private static final PdfName OBJ = new PdfName("Obj");
    private final ITextOutputDevice device;
    private final StructureBuilder structure;
    private final Box root;
    private final Set<String> areas = new HashSet<>();
    private float pageHeight;

    LinkAnnotations(ITextOutputDevice device, StructureBuilder structure, Box root) {
        this.device = device;
        this.structure = structure;
        this.root = root;
    }

    void newPage(float height) {
        pageHeight = height;
        areas.clear();
    }

    void add(RenderingContext c, Box box) {
        Element element = box.getElement();
        if (element == null) {
            return;
        }
        String uri = device.getSharedContext().getNamespaceHandler().getLinkUri(element);
        if (uri == null) {
            return;
        }
        PdfAction action;
        if (uri.length() > 1 && uri.charAt(0) == '#') {
            Box target = device.getSharedContext().getBoxById(uri.substring(1));
            PdfDestination destination = target == null ? null : destination(c, target);
            if (destination == null) {
                return;
            }
            action = new PdfAction();
            action.put(PdfName.S, PdfName.GOTO);
            action.put(PdfName.D, destination);
        } else {
            action = new PdfAction(uri);
        }
        com.lowagie.text.Rectangle area = area(c, box);
        if (!areas.add(area.getLeft() + ":" + area.getBottom() + ":" + area.getRight() + ":" + area.getTop())) {
            return;
        }
        PdfWriter writer = device.getWriter();
        PdfAnnotation annotation = new PdfAnnotation(writer, area.getLeft(), area.getBottom(), area.getRight(),
                area.getTop(), action);
        annotation.put(PdfName.SUBTYPE, PdfName.LINK);
        annotation.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
        annotation.setBorderStyle(new PdfBorderDictionary(0.0f, 0));
        annotation.setBorder(new PdfBorderArray(0.0f, 0.0f, 0));
        annotation.put(PdfName.CONTENTS, new PdfString(element.getTextContent().strip().replaceAll("\\s+", " "),
                PdfObject.TEXT_UNICODE));
        PdfStructureElement link = structure.linkOf(element);
        int key = structure.root().addExistingObject(link.getReference());
        annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
        PdfDictionary reference = new PdfDictionary(OBJR);
        reference.put(OBJ, annotation.getIndirectReference());
        reference.put(PdfName.PG, writer.getCurrentPage());
        kids(link).add(reference);
        writer.addAnnotation(annotation);
    }

    private static PdfArray kids(PdfStructureElement element) {
        if (element.get(PdfName.K) instanceof PdfArray kids) {
            return kids;
        }
        PdfArray kids = new PdfArray();
        element.put(PdfName.K, kids);
        return kids;
    }

    /** The area of all the link's boxes next to this one (a link broken over lines), in PDF units. */
    private com.lowagie.text.Rectangle area(RenderingContext c, Box box) {
        Box first = box;
        while (first.getPreviousSibling() != null && first.getPreviousSibling().getElement() == box.getElement()) {
            first = first.getPreviousSibling();
        }
        com.lowagie.text.Rectangle area = local(c, first);
        for (Box next = first.getNextSibling(); next != null && next.getElement() == box.getElement();
                next = next.getNextSibling()) {
            com.lowagie.text.Rectangle more = local(c, next);
            area = new com.lowagie.text.Rectangle(Math.min(area.getLeft(), more.getLeft()),
                    Math.min(area.getBottom(), more.getBottom()), Math.max(area.getRight(), more.getRight()),
                    Math.max(area.getTop(), more.getTop()));
        }
        return area;
    }

    private com.lowagie.text.Rectangle local(RenderingContext c, Box box) {
        Rectangle bounds = box.getPaintingInfo() != null ? box.getPaintingInfo().getAggregateBounds()
                : box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
        Point2D corner = device.getTransform().transform(new Point2D.Double(bounds.x, bounds.y + bounds.height), null);
        float left = (float) corner.getX();
        float bottom = pageHeight - (float) corner.getY();
        return new com.lowagie.text.Rectangle(left, bottom, left + device.getDeviceLength(bounds.width),
                bottom + device.getDeviceLength(bounds.height));
    }

    /** The top of the target's box on its page. */
    private PdfDestination destination(RenderingContext c, Box target) {
        int y = target instanceof InlineLayoutBox inline ? inline.getAbsY() + inline.getBaseline() : target.getAbsY();
        PageBox page = root.getLayer().getPage(c, y);
        if (page == null) {
            return null;
        }
        int fromTop = page.getMarginBorderPadding(c, Edge.TOP)
                + (int) (target.getAbsY() + target.getMargin(c).top() - page.getTop());
        float dots = device.getDotsPerPoint();
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, 0,
                page.getHeight(c) / dots - fromTop / dots, 0);
        destination.addPage(device.getWriter().getPageReference(device.getStartPageNo() + page.getPageNo() + 1));
        return destination;
    }
}
