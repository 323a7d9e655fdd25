/* run.c — worker threads, ordered writing, shards, progress, signals. */
#define _DEFAULT_SOURCE
#include "run.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "emit.h"
#include "extract.h"

/* The one piece of process state: a signal cannot carry a context. */
static volatile sig_atomic_t stop_requested;

static void on_signal(int sig) { stop_requested = sig; }

void run_install_signals(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    /* Past a file-size limit a write should fail (and the previous tables
     * stay), not kill the process with the temporaries half written. */
    signal(SIGXFSZ, SIG_IGN);
}

typedef struct {
    const ruleset_t *rs;
    const run_opts_t *opts;
    /* the walk hands out inputs one at a time: index `taken` goes to the
     * next input, both under take_mu; `total` is known once it ends */
    walker_t *walker;
    pthread_mutex_t take_mu;
    size_t taken;
    atomic_size_t total;
    extract_opts_t xopts;
    read_opts_t ropts;
    size_t window;
    /* The hand-over takes no lock while nobody has to wait: slots, written
     * and the two flags are atomics (sequentially consistent, so a side
     * that publishes and then looks for a sleeper cannot miss one that
     * announced itself and then looked for work).  The mutex and the
     * condition variables serve only to sleep. */
    _Atomic(doc_t *) *slots; /* ring of finished documents */
    /* written documents, freed by the worker that takes the next index of
     * their slot: memory goes back to the thread that allocated it instead
     * of the writer contending for the worker's malloc arena */
    _Atomic(doc_t *) *spent;
    atomic_size_t written;   /* documents emitted so far */
    atomic_int room_waiters; /* workers asleep for room in the ring */
    /* the writer sleeps until documents wait_from..wait_to are all done:
     * waking it for every document cost more than writing one */
    atomic_bool writer_waits;
    size_t wait_from, wait_to;
    pthread_mutex_t mu;
    pthread_cond_t done_cv, room_cv;
} shared_t;

static bool batch_done(shared_t *sh) {
    for (size_t k = sh->wait_from; k <= sh->wait_to; k++)
        if (!atomic_load(&sh->slots[k % sh->window])) return false;
    return true;
}

static void *worker_main(void *arg) {
    shared_t *sh = arg;
    worker_t *w = worker_new(sh->rs);
    for (;;) {
        pthread_mutex_lock(&sh->take_mu);
        input_t got;
        if (stop_requested || !walker_next(sh->walker, &got)) {
            atomic_store(&sh->total, sh->taken);
            pthread_mutex_unlock(&sh->take_mu);
            break;
        }
        size_t i = sh->taken++;
        /* the walk's strings change with its next input */
        input_t in = {xstrdup(got.name), xstrdup(got.path), got.problem ? xstrdup(got.problem) : NULL};
        pthread_mutex_unlock(&sh->take_mu);
        if (i >= atomic_load(&sh->written) + sh->window) {
            pthread_mutex_lock(&sh->mu);
            atomic_fetch_add(&sh->room_waiters, 1);
            while (i >= atomic_load(&sh->written) + sh->window && !stop_requested)
                pthread_cond_wait(&sh->room_cv, &sh->mu);
            atomic_fetch_sub(&sh->room_waiters, 1);
            pthread_mutex_unlock(&sh->mu);
        }
        doc_t *d = NULL;
        if (!stop_requested) {
            doc_free(atomic_exchange(&sh->spent[i % sh->window], NULL));
            d = read_doc(&in, &sh->ropts);
        }
        free((char *)in.name);
        free((char *)in.path);
        free((char *)in.problem);
        if (!d) break;
        extract_pipeline(d, sh->rs, w, &sh->xopts, NULL);
        emit_render(d, sh->opts->excel, sh->opts->trace); /* formatting off the writer */
        atomic_store(&sh->slots[i % sh->window], d);
        if (atomic_load(&sh->writer_waits)) {
            pthread_mutex_lock(&sh->mu);
            if (batch_done(sh)) pthread_cond_signal(&sh->done_cv);
            pthread_mutex_unlock(&sh->mu);
        }
    }
    worker_free(w);
    pthread_mutex_lock(&sh->mu);
    pthread_cond_broadcast(&sh->done_cv);
    pthread_mutex_unlock(&sh->mu);
    return NULL;
}

static double now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

int run_extract(const ruleset_t *rs, walker_t *walker, const char *outdir, const run_opts_t *opts) {
    err_t err = {0};
    emitter_t em;
    if (!emit_open(&em, outdir, opts->excel, opts->trace, &err)) {
        err_print(&err, stderr);
        return EXIT_FATAL;
    }
    shared_t sh;
    memset(&sh, 0, sizeof sh);
    sh.rs = rs;
    sh.walker = walker;
    pthread_mutex_init(&sh.take_mu, NULL);
    atomic_init(&sh.total, SIZE_MAX);
    sh.opts = opts;
    sh.xopts.trace = opts->trace;
    sh.ropts.max_bytes = opts->max_bytes;
    int jobs = opts->jobs > 0 ? opts->jobs : 1;
    sh.window = (size_t)jobs * 8;
    sh.slots = xcalloc(sh.window, sizeof *sh.slots);
    sh.spent = xcalloc(sh.window, sizeof *sh.spent);
    for (size_t k = 0; k < sh.window; k++) atomic_init(&sh.slots[k], NULL), atomic_init(&sh.spent[k], NULL);
    atomic_init(&sh.written, 0);
    atomic_init(&sh.room_waiters, 0);
    atomic_init(&sh.writer_waits, false);
    pthread_mutex_init(&sh.mu, NULL);
    pthread_cond_init(&sh.done_cv, NULL);
    pthread_cond_init(&sh.room_cv, NULL);
    pthread_t *th = xcalloc((size_t)jobs, sizeof *th);
    for (int j = 0; j < jobs; j++) pthread_create(&th[j], NULL, worker_main, &sh);

    bool progress = !opts->quiet && isatty(STDERR_FILENO);
    /* the total is one more walk of the directories, only for a person */
    size_t shown_total = progress ? walker_count(walker) : 0;
    double t0 = now(), last = 0;
    size_t bytes = 0, not_ok = 0;
    for (size_t i = 0; i < atomic_load(&sh.total); i++) {
        _Atomic(doc_t *) *slot = &sh.slots[i % sh.window];
        doc_t *d = atomic_load(slot);
        if (!d) {
            pthread_mutex_lock(&sh.mu);
            sh.wait_from = i;
            size_t total = atomic_load(&sh.total);
            sh.wait_to = i + sh.window / 2 - 1 < total ? i + sh.window / 2 - 1 : total - 1;
            atomic_store(&sh.writer_waits, true);
            while (!(d = atomic_load(slot)) && !stop_requested && i < atomic_load(&sh.total)) {
                /* wake up now and then: a signal must not wait for a long
                 * document to finish */
                struct timespec until;
                clock_gettime(CLOCK_REALTIME, &until);
                until.tv_nsec += 100 * 1000 * 1000;
                if (until.tv_nsec >= 1000000000L) until.tv_sec++, until.tv_nsec -= 1000000000L;
                pthread_cond_timedwait(&sh.done_cv, &sh.mu, &until);
            }
            atomic_store(&sh.writer_waits, false);
            pthread_mutex_unlock(&sh.mu);
        }
        atomic_store(slot, NULL);
        if (!d) break; /* stopped, or the walk ended before i */
        emit_doc(&em, d);
        bytes += d->bytes;
        if (d->status != DOC_OK) not_ok++;
        if (!opts->quiet && d->status == DOC_SKIPPED)
            diag("%s: skipped: %s", d->path, sbuf_str(&d->note));
        atomic_store(&sh.spent[i % sh.window], d);
        atomic_store(&sh.written, i + 1);
        if (atomic_load(&sh.room_waiters)) {
            pthread_mutex_lock(&sh.mu);
            pthread_cond_broadcast(&sh.room_cv);
            pthread_mutex_unlock(&sh.mu);
        }
        double t = progress ? now() : 0;
        if (progress && (t - last > 0.25 || i + 1 == shown_total)) {
            last = t;
            double el = t - t0 > 1e-6 ? t - t0 : 1e-6;
            double rate = (double)(i + 1) / el;
            size_t left = shown_total > i + 1 ? shown_total - i - 1 : 0;
            fprintf(stderr, "\r%zu/%zu documents  %.1f MB/s  ETA %.0fs   ", i + 1, shown_total,
                    (double)bytes / el / 1e6, (double)left / (rate > 0 ? rate : 1));
        }
    }
    if (progress) fputc('\n', stderr);
    if (stop_requested) {
        /* Workers may be deep in a long document, using the rules: they
         * cannot be joined soon nor the rules freed under them.  Drop the
         * temporaries and end the process here; this is the one exit that
         * does not return to main. */
        emit_abort(&em);
        diag("interrupted by signal %d: previous tables left in place", (int)stop_requested);
        fflush(stderr);
        _exit(EXIT_FATAL);
    }
    pthread_mutex_lock(&sh.mu);
    atomic_store(&sh.written, SIZE_MAX / 2); /* release anyone waiting for room */
    pthread_cond_broadcast(&sh.room_cv);
    pthread_mutex_unlock(&sh.mu);
    for (int j = 0; j < jobs; j++) pthread_join(th[j], NULL);
    for (size_t k = 0; k < sh.window; k++) {
        doc_free(atomic_load(&sh.slots[k]));
        doc_free(atomic_load(&sh.spent[k]));
    }
    free(sh.slots);
    free(sh.spent);
    free(th);
    pthread_mutex_destroy(&sh.mu);
    pthread_mutex_destroy(&sh.take_mu);
    pthread_cond_destroy(&sh.done_cv);
    pthread_cond_destroy(&sh.room_cv);

    if (!emit_commit(&em, &err)) {
        err_print(&err, stderr);
        return EXIT_FATAL;
    }
    return opts->strict && not_ok ? EXIT_NOT_OK : EXIT_DONE;
}
