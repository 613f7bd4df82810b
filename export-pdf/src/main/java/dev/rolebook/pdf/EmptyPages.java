package dev.rolebook.pdf;

import java.util.ArrayList;
import java.util.List;
import org.xhtmlrenderer.css.style.CssContext;
import org.xhtmlrenderer.layout.Layer;
import org.xhtmlrenderer.pdf.ITextFontContext;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.LineBox;
import org.xhtmlrenderer.render.PageBox;

/**
 * Pages the document's content does not reach, after layout. What a page holds is its ink: lines of
 * text and boxes with nothing in them but their own size (images, rules), each to its border edge.
 *
 * <p>At the end of the document such pages are dropped. CSS truncates a margin at a page's end;
 * Flying Saucer counts the margins below the last box (a paragraph's, the body's) as content, and a
 * page forced after the last box as a page, so a few millimetres past the foot of the last page made
 * a page holding only the running head and foot.
 *
 * <p>Inside the document such a page is the one left empty so that what follows starts on a right
 * page (a handbook's part); it is printed blank, without running head or folio, as CSS's
 * {@code @page :blank} would have it (Flying Saucer does not read {@code :blank}).
 */
final class EmptyPages {
    private EmptyPages() {}

    /** Call between {@code layout()} and {@code createPDF(...)}: page numbers are counted when pages are painted. */
    static void apply(ITextRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        CssContext context = renderer.getSharedContext().newLayoutContextInstance(new ITextFontContext());
        List<int[]> ink = new ArrayList<>();
        collect(root, context, ink);
        int bottom = ink.stream().mapToInt(span -> span[1]).max().orElse(0);
        Layer layer = root.getLayer();
        layer.trimEmptyPages(bottom);
        List<PageBox> pages = layer.getPages();
        for (int i = 1; i < pages.size() - 1; i++) {
            PageBox page = pages.get(i);
            if (ink.stream().noneMatch(span -> span[0] < page.getBottom() && span[1] > page.getTop())) {
                // A page box not laid out has no margin boxes: nothing is painted in its margins.
                PageBox blank = new PageBox(page.getPageInfo(), context, page.getStyle(), page.getTop(), page.getPageNo());
                blank.setPaintingTop(page.getPaintingTop());
                blank.setPaintingBottom(page.getPaintingBottom());
                pages.set(i, blank);
            }
        }
    }

    /** The vertical extent, in document coordinates, of each line and each box with nothing in it. */
    private static void collect(Box box, CssContext context, List<int[]> ink) {
        if (box instanceof LineBox line) {
            if (line.getHeight() > 0) {
                ink.add(new int[] {line.getAbsY(), line.getAbsY() + line.getHeight()});
            }
            return;
        }
        if (box.getChildCount() == 0 && box instanceof BlockBox) {
            var margin = box.getMargin(context);
            int top = box.getAbsY() + (int) margin.top();
            int height = box.getHeight() - (int) margin.top() - (int) margin.bottom();
            if (height > 0) {
                ink.add(new int[] {top, top + height});
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), context, ink);
        }
    }
}
