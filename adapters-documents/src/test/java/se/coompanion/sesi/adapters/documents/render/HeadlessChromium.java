package se.coompanion.sesi.adapters.documents.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import se.coompanion.sesi.adapters.documents.ExternalProgram;

/**
 * A real browser for the tests of the documents (the information material, the final report): Debian's chromium,
 * run headless as the machine notes describe, to print a page to PDF or take a screenshot of it. Each run gets a
 * fresh, empty profile and no background networking, so nothing leaves the machine.
 *
 * <p>{@link #required()} skips a test, with a visible warning on stderr, when no chromium is installed (a developer
 * machine). CI installs it and names it in {@code SESI_TEST_CHROMIUM} (.ci/run): a browser named there that cannot
 * run fails the tests instead of skipping them ({@link ExternalProgram}).
 */
public final class HeadlessChromium {

    /** The variable that names the browser binary, e.g. /usr/bin/chromium. */
    public static final String VARIABLE = "SESI_TEST_CHROMIUM";

    private static final ExternalProgram CHROMIUM = new ExternalProgram("chromium", VARIABLE,
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
                    "/usr/bin/google-chrome-stable"), "the headless-browser tests of the documents");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser of {@code SESI_TEST_CHROMIUM}, or the first one installed. */
    public static Optional<HeadlessChromium> find() {
        return CHROMIUM.find().map(HeadlessChromium::new);
    }

    /** The browser; the test is skipped, with a warning that shows in the build output, when there is none. */
    public static HeadlessChromium required() {
        return new HeadlessChromium(CHROMIUM.required());
    }

    public Path binary() {
        return binary;
    }

    /** Prints the page to a PDF file (A4 when the page's CSS says so) without the browser's header and footer. */
    public PdfDocument printToPdf(Path html, Path pdf) {
        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath()), html, pdf);
        return PdfDocument.read(pdf);
    }

    /** A screenshot of the top of the page in a window of the given size. */
    public BufferedImage screenshot(Path html, Path png, int width, int height) {
        run(List.of("--window-size=" + width + "," + height, "--hide-scrollbars",
                "--screenshot=" + png.toAbsolutePath()), html, png);
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            if (image == null) {
                throw new AssertionError("chromium wrote no readable PNG: " + png);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> action, Path html, Path output) {
        Path profile = null;
        try {
            Files.deleteIfExists(output);
            profile = Files.createTempDirectory("sesi-chromium-");
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(action);
            command.add(html.toAbsolutePath().toUri().toString());
            Path log = profile.resolve("chromium.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0 || !Files.exists(output)) {
                throw new AssertionError("chromium failed (exit " + process.exitValue() + ") for " + command + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while chromium ran", e);
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of pixels that are not (nearly) white: 0 for a blank page. */
    public static double inkedShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 200 || g < 200 || b < 200) {
                    inked++;
                }
            }
        }
        return inked / (double) ((long) image.getWidth() * image.getHeight());
    }
}
