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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** HTTP probing and a small closed-loop load generator on java.net.http. */
public final class Http {

  // HTTP/1.1: the default HTTP/2 upgrade attempt over cleartext would add a round of negotiation
  // that browsers (which use h2 only over TLS) never do.
  private final HttpClient probe =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(1))
          .build();

  /** The status of a GET, or -1 when nothing answers (the server is not listening yet). */
  public int status(String url) throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
      return probe.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException notListening) {
      return -1;
    }
  }

  /** Figures of one load run; latencies in milliseconds. */
  public record LoadStats(
      int requests,
      int errors,
      int concurrency,
      double seconds,
      double perSecond,
      double p50Ms,
      double p95Ms,
      double maxMs,
      long bytesPerPage) {}

  /**
   * Sends {@code requests} GETs from {@code concurrency} clients, each sending its next request
   * when the previous answer arrives. Each client keeps its cookies, so it is one user browsing
   * with one session, rather than a thousand first visits each creating a session.
   */
  public LoadStats load(String url, int requests, int concurrency) throws Exception {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long begin = System.nanoTime();
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < concurrency; c++) {
        HttpClient client =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();
        clients.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                      HttpResponse<byte[]> response =
                          client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                      if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                      }
                      bytes.set(response.body().length);
                    } catch (IOException e) {
                      errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - start;
                  }
                  return null;
                }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    Arrays.sort(latencies);
    return new LoadStats(
        requests,
        errors.get(),
        concurrency,
        seconds,
        requests / seconds,
        percentileMs(latencies, 50),
        percentileMs(latencies, 95),
        latencies[latencies.length - 1] / 1e6,
        bytes.get());
  }

  /** Nearest-rank percentile of sorted nanosecond latencies. */
  private static double percentileMs(long[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
