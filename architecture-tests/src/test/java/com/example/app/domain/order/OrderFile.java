package com.example.app.domain.order;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks the convention "the domain does no I/O": it reads a file. */
public final class OrderFile {

    private OrderFile() {
    }

    public static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
