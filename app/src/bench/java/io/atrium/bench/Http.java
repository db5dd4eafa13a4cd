package io.atrium.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** HTTP probing and a small closed-loop load generator on java.net.http. */
public final class Http {

  /** Status recorded for a request that got no answer (connection refused, timeout). */
  public static final int NO_ANSWER = -1;

  // HTTP/1.1: the default HTTP/2 upgrade attempt over cleartext would add a round of negotiation
  // that browsers (which use h2 only over TLS) never do.
  private final HttpClient probe =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(1))
          .build();

  /**
   * A client as one visitor: its own connection and cookies (so its own session once signed in),
   * and redirects not followed, so that a redirect to the sign-in page counts as what it is rather
   * than as the sign-in page's 200.
   */
  public static HttpClient newClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** The status of a GET, or -1 when nothing answers (the server is not listening yet). */
  public int status(String url) throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
      return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notListening) {
      return NO_ANSWER;
    }
  }

  /** The status of one request sent by {@code client} (signed in or not), -1 without answer. */
  public static int status(HttpClient client, HttpRequest request) throws InterruptedException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return NO_ANSWER;
    }
  }

  /**
   * Figures of one load run, or of several pooled; latencies in milliseconds.
   *
   * @param statuses how many answers had each status other than 200 (-1: no answer)
   * @param sortedNanos every request's latency, sorted, for pooling runs
   */
  public record LoadStats(
      int requests,
      int errors,
      int concurrency,
      double seconds,
      double perSecond,
      double p50Ms,
      double p95Ms,
      double maxMs,
      long bytesPerPage,
      Map<Integer, Integer> statuses,
      long[] sortedNanos) {

    static LoadStats of(
        int concurrency,
        double seconds,
        long[] nanos,
        Map<Integer, Integer> statuses,
        long bytesPerPage) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int errors = statuses.values().stream().mapToInt(Integer::intValue).sum();
      return new LoadStats(
          sorted.length,
          errors,
          concurrency,
          seconds,
          sorted.length / seconds,
          percentileMs(sorted, 50),
          percentileMs(sorted, 95),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
          bytesPerPage,
          Map.copyOf(statuses),
          sorted);
    }

    /**
     * Several runs as one: throughput over their summed time, percentiles over all their requests.
     */
    public static LoadStats pooled(List<LoadStats> runs) {
      long[] nanos = runs.stream().flatMapToLong(r -> Arrays.stream(r.sortedNanos())).toArray();
      Map<Integer, Integer> statuses = new TreeMap<>();
      runs.forEach(r -> r.statuses().forEach((s, n) -> statuses.merge(s, n, Integer::sum)));
      double seconds = runs.stream().mapToDouble(LoadStats::seconds).sum();
      return of(
          runs.get(0).concurrency(),
          seconds,
          nanos,
          statuses,
          runs.get(runs.size() - 1).bytesPerPage());
    }

    /** "302 x 1000" style, for notes; empty when every answer was 200. */
    public String statusSummary() {
      StringBuilder out = new StringBuilder();
      new TreeMap<>(statuses)
          .forEach(
              (status, count) ->
                  out.append(out.length() == 0 ? "" : ", ")
                      .append(status == NO_ANSWER ? "no answer" : status.toString())
                      .append(" x ")
                      .append(count));
      return out.toString();
    }
  }

  /**
   * Sends {@code requests} anonymous GETs from {@code concurrency} clients, each with its own
   * cookies: for pages anyone may see (the baseline's).
   */
  public LoadStats load(String url, int requests, int concurrency) throws Exception {
    List<HttpClient> clients = new ArrayList<>();
    for (int c = 0; c < concurrency; c++) {
      clients.add(newClient());
    }
    return load(clients, get(url).build(), requests);
  }

  /**
   * Sends {@code requests} copies of {@code request}, spread over {@code clients}, each client
   * sending its next request when its previous answer arrives. The clients come prepared (signed
   * in, with their session cookie), so that each is one user browsing with one session rather than
   * a thousand first visits each creating a session. Anything but 200 counts as an error.
   */
  public LoadStats load(List<HttpClient> clients, HttpRequest request, int requests)
      throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    AtomicLong bytes = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    long begin = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (HttpClient client : clients) {
        running.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                      HttpResponse<byte[]> response =
                          client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                      if (response.statusCode() != 200) {
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                      }
                      bytes.set(response.body().length);
                    } catch (IOException e) {
                      statuses.merge(NO_ANSWER, 1, Integer::sum);
                    }
                    latencies[i] = System.nanoTime() - start;
                  }
                  return null;
                }));
      }
      for (Future<?> client : running) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    return LoadStats.of(clients.size(), seconds, latencies, statuses, bytes.get());
  }

  /** A GET with the harness's timeout. */
  public static HttpRequest.Builder get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
  }

  /** Nearest-rank percentile of sorted nanosecond latencies. */
  private static double percentileMs(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
