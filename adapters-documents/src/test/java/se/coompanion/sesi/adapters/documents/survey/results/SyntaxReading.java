package se.coompanion.sesi.adapters.documents.survey.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of the SPSS and R grammars to check the structure of the files the export writes: commands and their
 * terminators, strings and their escapes, brackets that open and close.
 */
public final class SyntaxReading {

    private SyntaxReading() {
    }

    /**
     * The SPSS commands of a syntax file: comment lines ({@code * ...}) are left out; a command ends with a full stop
     * at the end of a line outside a string. A string in single quotes with {@code ''} for an apostrophe, or in
     * double quotes. Throws when a string or a command is not closed.
     */
    public static List<String> spssCommands(String syntax) {
        List<String> commands = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        for (String line : syntax.split("\n", -1)) {
            if (command.length() == 0 && (line.isBlank() || line.startsWith("*"))) {
                continue;
            }
            Character quote = null;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == null && (c == '\'' || c == '"')) {
                    quote = c;
                } else if (quote != null && c == quote) {
                    if (i + 1 < line.length() && line.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        quote = null;
                    }
                }
            }
            if (quote != null) {
                throw new IllegalArgumentException("a string is not closed on its line: " + line);
            }
            command.append(line).append('\n');
            if (line.stripTrailing().endsWith(".")) {
                commands.add(command.toString().strip());
                command.setLength(0);
            }
        }
        if (command.length() > 0) {
            throw new IllegalArgumentException("a command has no terminating full stop: " + command);
        }
        return commands;
    }

    /** The strings of an SPSS command, unquoted, with {@code '' + ''} parts joined into one. */
    public static List<String> spssStrings(String command) {
        List<String> strings = new ArrayList<>();
        StringBuilder current = null;
        boolean joining = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (true) {
                    char d = command.charAt(j);
                    if (d == '\'' && j + 1 < command.length() && command.charAt(j + 1) == '\'') {
                        text.append('\'');
                        j += 2;
                    } else if (d == '\'') {
                        break;
                    } else {
                        text.append(d);
                        j++;
                    }
                }
                if (joining && current != null) {
                    current.append(text);
                } else {
                    current = text;
                    strings.add(null);
                }
                strings.set(strings.size() - 1, current.toString());
                joining = false;
                i = j;
            } else if (c == '+') {
                joining = true;
            } else if (!Character.isWhitespace(c)) {
                joining = false;
            }
        }
        return strings;
    }

    /**
     * The statements of an R script (comment lines left out), each checked: strings in double quotes with backslash
     * escapes, brackets balanced; a statement continues while a bracket is open.
     */
    public static List<String> rStatements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int depth = 0;
        for (String line : script.split("\n", -1)) {
            if (depth == 0 && (line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            boolean inString = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                    if (depth < 0) {
                        throw new IllegalArgumentException("a bracket closes that was not opened: " + line);
                    }
                }
            }
            if (inString) {
                throw new IllegalArgumentException("a string is not closed on its line: " + line);
            }
            statement.append(line).append('\n');
            if (depth == 0) {
                statements.add(statement.toString().strip());
                statement.setLength(0);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("brackets left open at the end");
        }
        return statements;
    }

    /** The R strings of a statement, unescaped. */
    public static List<String> rStrings(String statement) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < statement.length(); i++) {
            if (statement.charAt(i) == '"') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (statement.charAt(j) != '"') {
                    if (statement.charAt(j) == '\\') {
                        j++;
                        char e = statement.charAt(j);
                        text.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
                    } else {
                        text.append(statement.charAt(j));
                    }
                    j++;
                }
                strings.add(text.toString());
                i = j;
            }
        }
        return strings;
    }
}
