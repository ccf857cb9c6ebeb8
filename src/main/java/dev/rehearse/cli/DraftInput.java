package dev.rehearse.cli;

import dev.rehearse.service.DraftRequest;
import dev.rehearse.service.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The question and draft of a coaching command, read from its flags and worded for a command line when wrong. */
final class DraftInput {

    private DraftInput() {
    }

    /** The service's request for the company given (the default when null), its checks worded for flags. */
    static DraftRequest request(String question, String draft, String company) {
        try {
            return new DraftRequest(question, draft, null, false, null, company);
        } catch (InvalidInputException e) {
            String name = "the " + e.field();
            throw new UserInputException(e.problem() == InvalidInputException.Problem.TOO_LONG
                    ? name + " is " + e.length() + " characters; the limit is " + e.limit()
                    : name + " is empty");
        }
    }

    /** The draft from a UTF-8 file, or from standard input for {@code -}. */
    static String read(String draft, InputStream stdin) throws IOException {
        byte[] bytes;
        if (draft.equals("-")) {
            bytes = stdin.readAllBytes();
        } else {
            Path file = Path.of(draft);
            if (Files.isDirectory(file)) {
                throw new UserInputException("the draft " + draft + " is a folder; give a text file or -");
            }
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                throw UserInputException.missingFile("draft file not found: " + draft);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserInputException("the draft is not UTF-8 text");
        }
    }
}
