package dev.rehearse.web;

import java.awt.image.BufferedImage;

/**
 * How far a screenshot is from the committed one. A pixel counts as changed when one of its colour channels moved
 * by more than {@link #CHANNEL_TOLERANCE} of 255: font antialiasing and subpixel positions shift edge pixels by
 * less than that between runs, while a moved box, a new colour or a wrapped line changes whole runs of pixels by
 * far more. The view fails when more than {@link #CHANGED_SHARE_LIMIT} of its pixels changed, or when its size
 * differs (a layout that grew or shrank).
 *
 * @param sameSize whether both images have the same width and height
 * @param changed  pixels that changed beyond the tolerance
 * @param total    pixels compared
 */
record ScreenComparison(boolean sameSize, long changed, long total) {

    static final int CHANNEL_TOLERANCE = 48;
    static final double CHANGED_SHARE_LIMIT = 0.005;

    static ScreenComparison of(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return new ScreenComparison(false, 0, 0);
        }
        long changed = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (differs(expected.getRGB(x, y), actual.getRGB(x, y))) {
                    changed++;
                }
            }
        }
        return new ScreenComparison(true, changed, (long) expected.getWidth() * expected.getHeight());
    }

    /** The changed pixels in red over a faded copy of {@code actual}, to see at a glance what moved. */
    static BufferedImage difference(BufferedImage expected, BufferedImage actual) {
        BufferedImage out = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                boolean inBoth = x < expected.getWidth() && y < expected.getHeight();
                if (!inBoth || differs(expected.getRGB(x, y), a)) {
                    out.setRGB(x, y, 0xff0000);
                } else {
                    int grey = (((a >> 16) & 0xff) + ((a >> 8) & 0xff) + (a & 0xff)) / 3;
                    int faded = 192 + grey / 4;
                    out.setRGB(x, y, (faded << 16) | (faded << 8) | faded);
                }
            }
        }
        return out;
    }

    private static boolean differs(int p, int q) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > CHANNEL_TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    double changedShare() {
        return total == 0 ? 1 : (double) changed / total;
    }

    boolean withinTolerance() {
        return sameSize && changedShare() <= CHANGED_SHARE_LIMIT;
    }
}
