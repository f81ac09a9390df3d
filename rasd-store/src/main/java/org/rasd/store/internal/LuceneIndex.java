package org.rasd.store.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.rasd.model.EventType;
import org.rasd.store.ArabicSearchAnalyzer;
import org.rasd.store.BadQueryException;
import org.rasd.store.EventFilter;
import org.rasd.store.Page;
import org.rasd.store.Paging;
import org.rasd.store.SearchHit;

/**
 * The Lucene full-text index: one Lucene document per stored document, written by one {@link IndexWriter},
 * searched through near-real-time searchers. Each commit records the store generation it matches, so the
 * store can tell on opening whether the index is behind SQLite (after a crash) and reconcile it.
 */
public final class LuceneIndex implements Closeable {
    private static final String GENERATION = "rasd.generation";
    private static final String ANALYZER = "rasd.analyzer";
    /** Bump when the analysis or the fields of the index change: an index of another version is rebuilt on open. */
    public static final String ANALYZER_VERSION = "arabic-prefix-body-utf16-5";
    private static final int SNIPPET_CHARS = 220;

    private static final int TOTAL_HITS_THRESHOLD = 1000;

    private final Analyzer analyzer = new ArabicSearchAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneIndex(Path dir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(false);
        writer = new IndexWriter(FSDirectory.open(dir), config);
        searchers = new SearcherManager(writer, null);
    }

    /** The store generation of the last commit, or -1 for an index that was never committed by rasd. */
    public long committedGeneration() {
        String g = commitData(GENERATION);
        return g == null ? -1 : Long.parseLong(g);
    }

    /** Whether the index was written with this version's analyzer (else it must be rebuilt). */
    public boolean analyzerIsCurrent() {
        return ANALYZER_VERSION.equals(commitData(ANALYZER));
    }

    private String commitData(String key) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (key.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Drops every document (before a rebuild). */
    public void deleteAll() throws IOException {
        writer.deleteAll();
        searchers.maybeRefresh();
    }

    /** Adds or replaces documents (by id) and makes them visible to searches. */
    public void put(Collection<IndexDocument.Row> rows) throws IOException {
        for (IndexDocument.Row r : rows) {
            writer.updateDocument(new Term(IndexDocument.ID, r.id()), IndexDocument.build(r));
        }
        searchers.maybeRefresh();
    }

    public void delete(Collection<String> ids) throws IOException {
        for (String id : ids) {
            writer.deleteDocuments(new Term(IndexDocument.ID, id));
        }
        searchers.maybeRefresh();
    }

    /** Makes everything written so far durable, marked as matching store generation {@code generation}. */
    public void commit(long generation) throws IOException {
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation), ANALYZER, ANALYZER_VERSION).entrySet());
        writer.commit();
    }

    /** Every indexed document: id to content hash. */
    public Map<String, String> idsAndHashes() throws IOException {
        searchers.maybeRefresh();
        Map<String, String> out = new HashMap<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        Document d = fields.document(i, Set.of(IndexDocument.ID, IndexDocument.HASH));
                        out.put(d.get(IndexDocument.ID), d.get(IndexDocument.HASH));
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    /** Full-text search with filters; an empty query lists the filtered documents, newest first. */
    public Page<SearchHit> search(String q, EventFilter filter, Paging paging) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query text = q == null || q.isBlank() ? null : parse(q);
        b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        addFilters(b, filter);
        Query query = b.build();
        int n = Math.max(1, paging.offset() + paging.limit());
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = text == null
                    ? s.search(query, new TopFieldCollectorManager(new Sort(new SortField(IndexDocument.DATE_SORT,
                            SortField.Type.INT, true)), n, null, Integer.MAX_VALUE, false))
                    : s.search(query, new TopScoreDocCollectorManager(n, null, TOTAL_HITS_THRESHOLD, false));
            // Past the threshold the collector skips non-competitive blocks and the total is a lower bound;
            // counting separately (from the term statistics for simple queries) keeps the total exact and cheap.
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(query);
            ScoreDoc[] page = slice(top.scoreDocs, paging);
            List<SearchHit> hits = new ArrayList<>();
            SnippetMaker snippets = new SnippetMaker(text == null ? new MatchAllDocsQuery() : text, SNIPPET_CHARS);
            hits.addAll(Arrays.asList(hits(s, page, snippets, text != null)));
            return new Page<>(total, hits);
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The hits of a page, read in index order so each segment's doc values, stored fields and postings are opened
     * once and read forwards (reading them in score order cost more than the search itself).
     */
    private static SearchHit[] hits(IndexSearcher s, ScoreDoc[] page, SnippetMaker snippets, boolean scored)
            throws IOException {
        Integer[] order = new Integer[page.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(page[a].doc, page[b].doc));
        SearchHit[] out = new SearchHit[page.length];
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues ids = null;
        BinaryDocValues titles = null;
        NumericDocValues dates = null;
        BinaryDocValues bodies = null;
        SnippetMaker.Leaf postings = null;
        for (int i : order) {
            ScoreDoc sd = page[i];
            LeafReaderContext l = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            if (l != leaf) {
                leaf = l;
                ids = l.reader().getBinaryDocValues(IndexDocument.ID_DV);
                titles = l.reader().getBinaryDocValues(IndexDocument.TITLE_DV);
                dates = l.reader().getNumericDocValues(IndexDocument.DATE_SORT);
                bodies = l.reader().getBinaryDocValues(IndexDocument.BODY_DV);
                postings = snippets.leaf(l.reader());
            }
            int doc = sd.doc - leaf.docBase;
            String id = ids != null && ids.advanceExact(doc) ? ids.binaryValue().utf8ToString() : null;
            String title = titles != null && titles.advanceExact(doc) ? titles.binaryValue().utf8ToString() : "";
            String date = dates != null && dates.advanceExact(doc) ? IndexDocument.isoDate(dates.longValue()) : null;
            Utf16Text body = new Utf16Text(bodies != null && bodies.advanceExact(doc) ? bodies.binaryValue()
                    : Utf16Text.encode("\n"));
            SnippetMaker.Snippet snip = postings.make(doc, body, title.length() + 1);
            out[i] = new SearchHit(id, title.isEmpty() ? null : title, date, snip.text(), snip.marks(),
                    scored ? sd.score : 0f);
        }
        return out;
    }

    /** The ids of all documents matching, up to {@code max} (for restricting event queries by text). */
    public List<String> matchingIds(String q, int max) throws IOException {
        Query query = parse(q);
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(query, max);
            List<String> ids = new ArrayList<>();
            StoredFields fields = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(fields.document(sd.doc, Set.of(IndexDocument.ID)).get(IndexDocument.ID));
            }
            return ids;
        } finally {
            searchers.release(s);
        }
    }

    public int count() throws IOException {
        searchers.maybeRefresh();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    private Query parse(String q) {
        QueryParser parser = new QueryParser(IndexDocument.BODY, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (ParseException | RuntimeException e) {
            // Not query syntax: search the words as typed.
            try {
                return parser.parse(QueryParser.escape(q));
            } catch (ParseException e2) {
                throw new BadQueryException("cannot search for \"" + q + "\"");
            }
        }
    }

    private void addFilters(BooleanQuery.Builder b, EventFilter f) {
        if (!f.types().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (EventType t : f.types()) {
                any.add(new TermQuery(new Term(IndexDocument.TYPE, t.name())), BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (f.quad() != null) {
            b.add(new TermQuery(new Term(IndexDocument.QUAD, f.quad().toString())), BooleanClause.Occur.FILTER);
        }
        if (f.country() != null) {
            b.add(new TermQuery(new Term(IndexDocument.COUNTRY, f.country())), BooleanClause.Occur.FILTER);
        }
        if (f.actor() != null) {
            b.add(words(IndexDocument.ACTOR, f.actor()), BooleanClause.Occur.FILTER);
        }
        if (f.place() != null) {
            b.add(words(IndexDocument.PLACE, f.place()), BooleanClause.Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            int lo = f.from() == null ? Integer.MIN_VALUE : IndexDocument.dayNumber(f.from().toString());
            int hi = f.to() == null ? Integer.MAX_VALUE : IndexDocument.dayNumber(f.to().toString());
            b.add(IntPoint.newRangeQuery(IndexDocument.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
    }

    /** All the words of {@code value} in {@code field}, analyzed like the field. */
    private Query words(String field, String value) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        QueryParser parser = new QueryParser(field, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            all.add(parser.parse(QueryParser.escape(value.toLowerCase(Locale.ROOT))), BooleanClause.Occur.MUST);
        } catch (ParseException e) {
            throw new BadQueryException("cannot filter by \"" + value + "\"");
        }
        return all.build();
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, Paging paging) {
        int from = Math.min(paging.offset(), all.length);
        int to = Math.min(all.length, paging.offset() + paging.limit());
        ScoreDoc[] out = new ScoreDoc[to - from];
        System.arraycopy(all, from, out, 0, out.length);
        return out;
    }

    /** Closes without committing: whatever was not committed is recovered from SQLite on the next open. */
    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback();
    }
}
