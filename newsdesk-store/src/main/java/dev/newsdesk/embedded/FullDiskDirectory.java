package dev.newsdesk.embedded;

import java.io.IOException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory on a disk that can be made full: while {@link #full} is set, creating a file
 * and writing to any open one fail with the operating system's message for {@code ENOSPC}. The
 * storage boundary where a real full disk would stop Lucene.
 *
 * <p>Fault injection for tests and drills (a portable stand-in for a full disk); {@code serve}
 * never uses it.
 */
public final class FullDiskDirectory extends FilterDirectory {
  private volatile boolean full;

  public FullDiskDirectory(Directory in) {
    super(in);
  }

  public void full(boolean full) {
    this.full = full;
  }

  private void check(String name) throws IOException {
    if (full) {
      throw new IOException(name + ": No space left on device");
    }
  }

  @Override
  public IndexOutput createOutput(String name, IOContext context) throws IOException {
    check(name);
    return new Output(in.createOutput(name, context));
  }

  @Override
  public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
      throws IOException {
    check(prefix);
    return new Output(in.createTempOutput(prefix, suffix, context));
  }

  private final class Output extends FilterIndexOutput {
    Output(IndexOutput out) {
      super("full-disk(" + out.getName() + ")", out.getName(), out);
    }

    @Override
    public void writeByte(byte b) throws IOException {
      check(getName());
      super.writeByte(b);
    }

    @Override
    public void writeBytes(byte[] b, int offset, int length) throws IOException {
      check(getName());
      super.writeBytes(b, offset, length);
    }
  }
}
