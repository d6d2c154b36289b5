package dev.strata.cli;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Holds a store's lock as a writer does (and says so in the lock file) until it is killed. */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        ch.lock();
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + " strata import --from csv big.csv\n")
                .getBytes(StandardCharsets.UTF_8)), 0);
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
