package dev.rolebook.pdf;

import java.awt.Shape;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.render.InlineLayoutBox;
import org.xhtmlrenderer.render.InlineText;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * Writes only the text a reader can see. Flying Saucer paints every box that reaches into a page,
 * clipped to the page's content area, so a line or heading that starts the next page was also
 * written, invisible, into the margin of the page before (or the line that ends a page into the
 * margin of the next): text extraction, search and screen readers then found it twice, on the
 * wrong page. A run of text whose middle lies outside the clip is not written: such a run is at
 * most half visible, and it is written whole on the page where the rest of it is.
 */
class VisibleTextOutputDevice extends ITextOutputDevice {
    VisibleTextOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    @Override
    public void drawText(RenderingContext c, InlineText text) {
        if (isVisible(text)) {
            super.drawText(c, text);
        }
    }

    /** Whether the middle of a run lies inside the clip, the page's content area while the flow is painted. */
    boolean isVisible(InlineText text) {
        Shape clip = getClip();
        if (clip == null) {
            return true;
        }
        InlineLayoutBox box = text.getParent();
        double middleX = box.getAbsX() + text.getX() + text.getWidth() / 2.0;
        double middleY = box.getAbsY() + box.getHeight() / 2.0;
        return clip.contains(middleX, middleY);
    }
}
