package dev.rehearse;

import dev.rehearse.cli.RehearseCommand;

/** Entry point of the {@code rehearse} command line and server. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = RehearseCommand.execute(args);
        if (code != 0 || !RehearseCommand.keepsRunning(args)) {
            System.exit(code);
        }
    }
}
