package dk.nordjylland.governance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded H2 default's matcher: a Lucene index in memory with Danish word forms (DanishAnalyzer), one document
 * per searchable text (an item's own text, an attachment title, a public title, a decision, a public decision).
 * Built from the database in the background once the application is ready (a search before waits); an item is
 * indexed again, from the database, once a change to one of its texts is committed ({@link TextChanges}: read before
 * each search and every few seconds). The index holds every text, published or not: which entries a visitor may see
 * is decided by the database at each search (ADR 0056 and its addendum).
 */
class LuceneMatcher implements TextMatcher, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneMatcher.class);

  /** Where in {@link Matches} a document's hit goes. */
  private static final int ITEM = 0;
  private static final int ATTACHMENT = 1;
  private static final int PUBLIC_TITLE = 2;
  private static final int DECISION = 3;
  private static final int PUBLIC_DECISION = 4;

  /** An item's own text, as PostgreSQL's item index reads it (V28): every part the agenda shows. */
  private static final String ITEM_COLUMNS = "title, case_number, summary, presentation, economy, further_processing";

  /** How often the change log is read between searches. */
  private static final long CATCH_UP_SECONDS = 3;

  /** More changed items than this at once: the whole index is built again (faster than one by one). */
  private static final int REBUILD_FROM = 3_000;

  private final JdbcClient jdbc;
  private final TextChanges changes;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "search-index");
    thread.setDaemon(true);
    return thread;
  });
  private boolean built;

  LuceneMatcher(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.changes = new TextChanges(jdbc);
    try {
      writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(SearchTerms.analyzer()));
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Matches match(SearchTerms terms) {
    if (terms.isEmpty()) {
      return Matches.none();
    }
    ensureBuilt();
    catchUp();
    Hits hits = new Hits();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        searcher.search(query(terms), hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hits.matches();
  }

  private static Query query(SearchTerms terms) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (SearchTerms.Term t : terms.terms()) {
      Term term = new Term("text", t.stem());
      all.add(t.prefix() ? new PrefixQuery(term) : new TermQuery(term), BooleanClause.Occur.MUST);
    }
    return all.build();
  }

  /**
   * Built on a thread of its own at start (seconds for 30,000 items), so the first visitor does not wait for it; then
   * the same thread reads the change log every few seconds, so a search rarely has changes to read first.
   */
  @EventListener(ApplicationReadyEvent.class)
  void buildInBackground() {
    background.execute(this::ensureBuilt);
    background.scheduleWithFixedDelay(this::catchUpQuietly, CATCH_UP_SECONDS, CATCH_UP_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * The items whose texts were written since the last look, read again from the database (ADR 0056, addendum): an
   * item's text, an attachment, a decision, a sub-topic, a closed item's public wording, published or not (what is
   * shown is decided by the database at each search). Many at once (a bulk load): everything again.
   */
  private synchronized void catchUp() {
    if (!built) {
      return;
    }
    Set<Long> items = changes.items();
    if (items.size() > REBUILD_FROM) {
      rebuild();
    } else if (!items.isEmpty()) {
      items.forEach(this::reindex);
      reopen();
    }
  }

  private void catchUpQuietly() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      LOG.warn("Search index: reading the changed texts failed; the next search tries again", e);
    }
  }

  @Override
  public void refresh() {
    rebuild();
  }

  /** Every item from the database. */
  synchronized void rebuild() {
    long start = System.nanoTime();
    changes.skipToNow();
    try {
      writer.deleteAll();
      jdbc.sql("select id, " + ITEM_COLUMNS + ", public_title from gov_item")
          .query(rs -> {
            add(rs.getLong(1), ITEM, null, itemText(rs, 2));
            add(rs.getLong(1), PUBLIC_TITLE, null, rs.getString(8));
          });
      jdbc.sql("select item_id, title from gov_item_attachment")
          .query(rs -> {
            add(rs.getLong(1), ATTACHMENT, null, rs.getString(2));
          });
      jdbc.sql("select meeting_id, item_id, decision_text, public_decision from gov_agenda_entry"
              + " where decision_text is not null or public_decision is not null")
          .query(rs -> {
            add(rs.getLong(2), DECISION, rs.getString(1), rs.getString(3));
            add(rs.getLong(2), PUBLIC_DECISION, rs.getString(1), rs.getString(4));
          });
      jdbc.sql("select meeting_id, item_id, title, text, decision_text from gov_agenda_subtopic")
          .query(rs -> {
            add(rs.getLong(2), DECISION, rs.getString(1), join(rs.getString(3), rs.getString(4), rs.getString(5)));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reopen();
    built = true;
    LOG.info("Search index built: {} texts in {} ms", writer.getDocStats().numDocs,
        (System.nanoTime() - start) / 1_000_000);
  }

  private synchronized void ensureBuilt() {
    if (!built) {
      rebuild();
    }
  }

  private void reindex(long itemId) {
    try {
      writer.deleteDocuments(new Term("item", Long.toString(itemId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jdbc.sql("select " + ITEM_COLUMNS + ", public_title from gov_item where id = ?")
        .param(itemId)
        .query(rs -> {
          add(itemId, ITEM, null, itemText(rs, 1));
          add(itemId, PUBLIC_TITLE, null, rs.getString(7));
        });
    jdbc.sql("select title from gov_item_attachment where item_id = ?").param(itemId)
        .query(rs -> {
          add(itemId, ATTACHMENT, null, rs.getString(1));
        });
    jdbc.sql("select meeting_id, decision_text, public_decision from gov_agenda_entry where item_id = ?")
        .param(itemId)
        .query(rs -> {
          add(itemId, DECISION, rs.getString(1), rs.getString(2));
          add(itemId, PUBLIC_DECISION, rs.getString(1), rs.getString(3));
        });
    jdbc.sql("select meeting_id, title, text, decision_text from gov_agenda_subtopic where item_id = ?")
        .param(itemId)
        .query(rs -> {
          add(itemId, DECISION, rs.getString(1), join(rs.getString(2), rs.getString(3), rs.getString(4)));
        });
  }

  /** The item's own text from {@link #ITEM_COLUMNS} starting at column {@code first}. */
  private static String itemText(ResultSet rs, int first) throws SQLException {
    String[] parts = new String[6];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = rs.getString(first + i);
    }
    return join(parts);
  }

  /** Texts joined into one, as PostgreSQL's indexes join them (V23, V28). */
  private static String join(String... parts) {
    StringBuilder b = new StringBuilder();
    for (String part : parts) {
      b.append(part == null ? "" : part).append(' ');
    }
    return b.toString();
  }

  private void add(long itemId, int kind, String meetingId, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    Document doc = new Document();
    doc.add(new StringField("item", Long.toString(itemId), Field.Store.NO));
    doc.add(new NumericDocValuesField("itemId", itemId));
    doc.add(new NumericDocValuesField("kind", kind));
    if (meetingId != null) {
      doc.add(new SortedDocValuesField("meeting", new BytesRef(meetingId)));
    }
    doc.add(new TextField("text", SearchTerms.normalize(text), Field.Store.NO));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next searches see what was written. */
  private void reopen() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    background.shutdownNow();
    searchers.close();
    writer.close();
  }

  /** Every hit, read from doc values (no scores: results are listed newest meeting first, on both databases). */
  private static final class Hits extends SimpleCollector {

    private final Set<Long> items = new HashSet<>();
    private final Set<Long> publicTitles = new HashSet<>();
    private final List<Matches.Entry> decisions = new ArrayList<>();
    private final List<Matches.Entry> publicDecisions = new ArrayList<>();
    private NumericDocValues itemIds;
    private NumericDocValues kinds;
    private SortedDocValues meetings;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      itemIds = DocValues.getNumeric(context.reader(), "itemId");
      kinds = DocValues.getNumeric(context.reader(), "kind");
      meetings = DocValues.getSorted(context.reader(), "meeting");
    }

    @Override
    public void collect(int doc) throws IOException {
      itemIds.advanceExact(doc);
      kinds.advanceExact(doc);
      long itemId = itemIds.longValue();
      switch ((int) kinds.longValue()) {
        case ITEM, ATTACHMENT -> items.add(itemId);
        case PUBLIC_TITLE -> publicTitles.add(itemId);
        case DECISION -> decisions.add(entry(doc, itemId));
        default -> publicDecisions.add(entry(doc, itemId));
      }
    }

    private Matches.Entry entry(int doc, long itemId) throws IOException {
      meetings.advanceExact(doc);
      return new Matches.Entry(meetings.lookupOrd(meetings.ordValue()).utf8ToString(), itemId);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    Matches matches() {
      return new Matches(items, publicTitles, new HashSet<>(decisions), new HashSet<>(publicDecisions));
    }
  }
}
