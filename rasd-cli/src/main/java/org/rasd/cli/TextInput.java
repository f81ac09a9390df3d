package org.rasd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole UTF-8 text input (a file or {@code -} for stdin) strictly, with one-line errors. */
final class TextInput {
    private TextInput() {
    }

    static String read(String pathOrDash) {
        byte[] bytes = readBytes(pathOrDash);
        return decode(bytes, pathOrDash);
    }

    static byte[] readBytes(String pathOrDash) {
        try {
            if ("-".equals(pathOrDash)) {
                try (InputStream in = System.in) {
                    return in.readAllBytes();
                }
            }
            Path path = Path.of(pathOrDash);
            if (Files.isDirectory(path)) {
                throw new UserException(pathOrDash + ": is a directory");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UserException(pathOrDash + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserException(pathOrDash + ": permission denied");
        } catch (IOException e) {
            throw new UserException(pathOrDash + ": cannot read: " + e.getMessage());
        }
    }

    static String decode(byte[] bytes, String name) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UserException(name + ": binary content (NUL byte at offset " + i + "), expected UTF-8 text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new UserException(name + ": invalid UTF-8");
        } catch (CharacterCodingException e) {
            throw new UserException(name + ": cannot decode as UTF-8: " + e.getMessage());
        }
    }
}
