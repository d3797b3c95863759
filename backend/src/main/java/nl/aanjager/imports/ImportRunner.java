package nl.aanjager.imports;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Applies confirmed imports in the background, one job at a time per replica. It looks for work
 * when a job is confirmed here and every few seconds, which also picks up a job whose runner
 * died with its process: a restarted backend (or another replica) resumes it where it stopped.
 */
@ApplicationScoped
public class ImportRunner {
    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    @Inject
    ImportChunks chunks;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "import-runner");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean busy = new AtomicBoolean();

    /** Set while the backend shuts down: a job cut off then is resumed, not failed. */
    private volatile boolean stopping;

    @Scheduled(every = "${aanjager.imports.poll-every:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    /** Starts working through the queue unless this replica already is. */
    public void wakeUp() {
        if (!stopping && busy.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    private void drain() {
        try {
            Optional<Long> job;
            while ((job = chunks.claim()).isPresent()) {
                run(job.get());
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.error("Looking for imports to apply failed; trying again shortly", e);
            }
        } finally {
            busy.set(false);
        }
    }

    private void run(long jobId) {
        try {
            // one chunk a transaction, until the job has no rows left; each starts after the last
            OptionalInt last = chunks.applyNext(jobId, 0);
            while (last.isPresent()) {
                last = chunks.applyNext(jobId, last.getAsInt());
            }
        } catch (RuntimeException e) {
            if (stopping) {
                LOG.infof("Import %d stops with the backend; it is resumed at its next chunk", jobId);
                return;
            }
            LOG.errorf(e, "Import %d failed", jobId);
            chunks.fail(jobId, "An unexpected error stopped the import (" + e.getClass().getSimpleName()
                    + "); the rows applied before it stay applied. Try again, or ask the administrator to look at"
                    + " the server log");
        }
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdownNow();
    }
}
