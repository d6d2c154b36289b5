package dev.strata.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies a workload's stream to strata's own, byte for byte and as soon as it arrives, while
 * keeping a size-capped copy: the first and the last half of the cap, with a marker between when
 * something was cut.
 */
final class OutputCapture implements Runnable {

    private final InputStream in;
    private final OutputStream passThrough;
    private final Path file;
    private final byte[] head;
    private final byte[] tail;
    private int headLen;
    private long tailWritten;
    private long total;
    private IOException failure;

    OutputCapture(InputStream in, OutputStream passThrough, Path file, int capBytes) {
        this.in = in;
        this.passThrough = passThrough;
        this.file = file;
        this.head = new byte[capBytes / 2];
        this.tail = new byte[capBytes - capBytes / 2];
    }

    @Override
    public void run() {
        byte[] buf = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                passThrough.write(buf, 0, n);
                passThrough.flush();
                keep(buf, n);
            }
        } catch (IOException e) {
            failure = e;
        }
    }

    private void keep(byte[] buf, int n) {
        total += n;
        int off = 0;
        if (headLen < head.length) {
            int k = Math.min(n, head.length - headLen);
            System.arraycopy(buf, 0, head, headLen, k);
            headLen += k;
            off = k;
        }
        for (int i = off; i < n && tail.length > 0; i++) {
            tail[(int) (tailWritten++ % tail.length)] = buf[i];
        }
    }

    /** Writes the kept copy, secrets redacted; returns the total bytes the stream carried. */
    long save() throws IOException {
        if (failure != null) {
            throw failure;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(headLen + tail.length);
        {
            out.write(head, 0, headLen);
            if (tailWritten > tail.length) {
                long cut = tailWritten - tail.length;
                out.write(("\n[strata: " + cut + " bytes not kept]\n").getBytes(StandardCharsets.UTF_8));
                int start = (int) (tailWritten % tail.length);
                out.write(tail, start, tail.length - start);
                out.write(tail, 0, start);
            } else {
                out.write(tail, 0, (int) tailWritten);
            }
        }
        // secrets the workload printed are redacted like everything else; Latin-1 keeps every other byte as it was
        String kept = out.toString(StandardCharsets.ISO_8859_1);
        Files.write(file, dev.strata.context.Redactor.redactValue(kept).getBytes(StandardCharsets.ISO_8859_1));
        return total;
    }
}
