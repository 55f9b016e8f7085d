package dev.newsdesk;

import dev.newsdesk.extract.RejectedItemException;
import dev.newsdesk.ingest.Ingest;
import dev.newsdesk.ingest.InputFile;
import dev.newsdesk.ingest.InputFiles;
import dev.newsdesk.ingest.ReadBatch;
import dev.newsdesk.model.InputFormat;
import dev.newsdesk.model.RawDocument;
import dev.newsdesk.model.Rejection;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A batch is the stream replayed: read every input, then hand each item, in input order, to a
 * handler (a pipeline's {@code accept}, or extraction alone). Every item ends up placed or rejected
 * with its reason; nothing is dropped.
 */
public final class BatchRun {
  /**
   * @param outputs what the handler made of each item, in input order
   * @param rejected inputs and items that could not be read, in input order
   * @param skipped files in directories that are not inputs (unknown type), for a warning
   */
  public record Result<T>(List<T> outputs, List<Rejection> rejected, List<String> skipped) {
    public Result {
      outputs = List.copyOf(outputs);
      rejected = List.copyOf(rejected);
      skipped = List.copyOf(skipped);
    }
  }

  /** What to do with each item: place it in a pipeline, extract it, ... */
  public interface ItemHandler<T> {
    T handle(RawDocument item) throws RejectedItemException;
  }

  private BatchRun() {}

  /**
   * @param onItem called with the number of items in the run before the first, then with each
   *     item's position as it is done, for progress reporting
   */
  public static <T> Result<T> run(
      List<String> inputs,
      InputFormat format,
      long maxBytes,
      InputStream stdin,
      ItemHandler<T> handler,
      IntConsumer onItem) {
    InputFiles.Expansion expansion = new InputFiles(maxBytes).expand(inputs, stdin);
    List<Rejection> rejected = new ArrayList<>(expansion.rejected());
    List<RawDocument> items = new ArrayList<>();
    Ingest ingest = new Ingest();
    for (InputFile file : expansion.files()) {
      ReadBatch batch = ingest.read(file, format);
      items.addAll(batch.items());
      rejected.addAll(batch.rejected());
    }
    onItem.accept(items.size());
    List<T> outputs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      RawDocument item = items.get(i);
      try {
        outputs.add(handler.handle(item));
      } catch (RejectedItemException e) {
        rejected.add(new Rejection(item.input(), e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        rejected.add(new Rejection(item.input(), "could not be processed: " + e));
      }
      onItem.accept(i + 1);
    }
    return new Result<>(outputs, rejected, expansion.skipped());
  }
}
