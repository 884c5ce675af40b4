package io.oxlinkit.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Questions to a person at a terminal: plain lines, masked secrets (the system console when there is
 * one; a scripted input otherwise, as in tests), yes/no. Ends with a clear error when input runs out.
 */
final class Terminal {

    private final BufferedReader in;
    private final PrintStream out;
    private final Console console;

    Terminal(BufferedReader in, PrintStream out, Console console) {
        this.in = in;
        this.out = out;
        this.console = console;
    }

    PrintStream out() {
        return out;
    }

    void say(String line) {
        out.println(line);
    }

    String ask(String prompt) {
        out.print(prompt + " ");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new CliException("no more input: the question \"" + prompt + "\" got no answer");
            }
            return line.trim();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** A secret, not echoed when a console is attached. The caller wipes the array. */
    char[] askSecret(String prompt) {
        if (console != null) {
            char[] secret = console.readPassword("%s ", prompt);
            if (secret == null) {
                throw new CliException("no more input: the question \"" + prompt + "\" got no answer");
            }
            return secret;
        }
        return ask(prompt + " (input not masked: no console)").toCharArray();
    }

    boolean confirm(String prompt) {
        while (true) {
            String answer = ask(prompt + " [y/n]").toLowerCase(java.util.Locale.ROOT);
            if (answer.equals("y") || answer.equals("yes")) {
                return true;
            }
            if (answer.equals("n") || answer.equals("no")) {
                return false;
            }
            say("  please answer y or n");
        }
    }

    int choose(String prompt, int count) {
        while (true) {
            String answer = ask(prompt + " [1-" + count + "]");
            try {
                int choice = Integer.parseInt(answer);
                if (choice >= 1 && choice <= count) {
                    return choice - 1;
                }
            } catch (NumberFormatException notANumber) {
                // asked again below
            }
            say("  please type a number from 1 to " + count);
        }
    }
}
