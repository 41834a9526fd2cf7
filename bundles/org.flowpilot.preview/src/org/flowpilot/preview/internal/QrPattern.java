package org.flowpilot.preview.internal;

import java.nio.charset.StandardCharsets;

import org.flowpilot.preview.html.HtmlWriter;

/**
 * The QR code of the Windows 10 pre-provisioning pages as an SVG pattern: the finder, timing and alignment patterns
 * of a 25-module code and data modules derived from the payload, so the same device always gets the same picture.
 * It looks like the code on the device but is not meant to be scanned.
 */
final class QrPattern {

    private static final int SIZE = 25;
    private static final int QUIET = 2;

    private QrPattern() {
    }

    /** The pattern for {@code payload} as an inline SVG whose accessible name is {@code label}. */
    static String svg(String payload, String label) {
        boolean[][] dark = modules(payload);
        StringBuilder path = new StringBuilder(SIZE * SIZE * 8);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if (dark[y][x]) {
                    path.append('M').append(x + QUIET).append(' ').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        int extent = SIZE + 2 * QUIET;
        return "<svg class=\"qr\" viewBox=\"0 0 " + extent + " " + extent + "\" role=\"img\" aria-label=\""
                + HtmlWriter.escape(label) + "\" shape-rendering=\"crispEdges\"><rect width=\"" + extent + "\" height=\""
                + extent + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The dark modules, row by row. */
    static boolean[][] modules(String payload) {
        boolean[][] dark = new boolean[SIZE][SIZE];
        boolean[][] fixed = new boolean[SIZE][SIZE];
        finder(dark, fixed, 0, 0);
        finder(dark, fixed, SIZE - 7, 0);
        finder(dark, fixed, 0, SIZE - 7);
        alignment(dark, fixed, SIZE - 7, SIZE - 7);
        for (int i = 8; i < SIZE - 8; i++) {
            dark[6][i] = i % 2 == 0;
            dark[i][6] = i % 2 == 0;
            fixed[6][i] = true;
            fixed[i][6] = true;
        }
        long state = seed(payload);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if (!fixed[y][x]) {
                    state += 0x9E3779B97F4A7C15L;
                    dark[y][x] = (mix(state) & 1) == 1;
                }
            }
        }
        return dark;
    }

    private static void finder(boolean[][] dark, boolean[][] fixed, int left, int top) {
        // The 7x7 finder plus its one-module light separator, kept inside the symbol.
        for (int dy = -1; dy <= 7; dy++) {
            for (int dx = -1; dx <= 7; dx++) {
                int x = left + dx;
                int y = top + dy;
                if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) {
                    continue;
                }
                boolean ring = dx == 0 || dx == 6 || dy == 0 || dy == 6;
                boolean core = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
                boolean inside = dx >= 0 && dx <= 6 && dy >= 0 && dy <= 6;
                dark[y][x] = inside && (ring || core);
                fixed[y][x] = true;
            }
        }
    }

    private static void alignment(boolean[][] dark, boolean[][] fixed, int left, int top) {
        for (int dy = 0; dy < 5; dy++) {
            for (int dx = 0; dx < 5; dx++) {
                dark[top + dy][left + dx] = dx == 0 || dx == 4 || dy == 0 || dy == 4 || dx == 2 && dy == 2;
                fixed[top + dy][left + dx] = true;
            }
        }
    }

    private static long seed(String payload) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : payload.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }

    // SplitMix64's output function.
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
