package se.coompanion.sesi.adapters.documents.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF file as chromium prints it, read just enough for the tests: its size, its page objects and their media
 * boxes. Chromium (Skia) writes each page dictionary uncompressed with {@code /Type /Page} and a {@code /MediaBox}.
 *
 * @param bytes the file's content
 */
public record PdfDocument(byte[] bytes) {

    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![A-Za-z])");
    private static final Pattern MEDIA_BOX = Pattern.compile(
            "/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]");
    /** A4 in PDF points: 210 mm x 297 mm = 595.28 x 841.89. */
    private static final double A4_WIDTH = 595.28;
    private static final double A4_HEIGHT = 841.89;
    private static final double TOLERANCE = 2;

    public static PdfDocument read(Path file) {
        try {
            return new PdfDocument(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isPdf() {
        return bytes.length > 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    public int size() {
        return bytes.length;
    }

    public int pageCount() {
        Matcher matcher = PAGE.matcher(latin1());
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return pages;
    }

    /** Width and height in points of every media box in the file. */
    public List<double[]> mediaBoxes() {
        Matcher matcher = MEDIA_BOX.matcher(latin1());
        List<double[]> boxes = new ArrayList<>();
        while (matcher.find()) {
            boxes.add(new double[] {Double.parseDouble(matcher.group(3)) - Double.parseDouble(matcher.group(1)),
                    Double.parseDouble(matcher.group(4)) - Double.parseDouble(matcher.group(2))});
        }
        return boxes;
    }

    /** True when there are media boxes and every one is A4 portrait. */
    public boolean allPagesA4() {
        List<double[]> boxes = mediaBoxes();
        return !boxes.isEmpty() && boxes.stream().allMatch(b -> Math.abs(b[0] - A4_WIDTH) < TOLERANCE
                && Math.abs(b[1] - A4_HEIGHT) < TOLERANCE);
    }

    private String latin1() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
