/* arena.h — memory with one owner.
 *
 * Everything a document needs (normalized text, segments, matches, rows) is
 * carved from that document's arena and freed in one arena_free().  Rules
 * and lexicons live in the run's arena for the whole run.  Allocation
 * failure is not an input error: x*alloc print and abort (as jq and Redis do).
 */
#ifndef READOUT_ARENA_H
#define READOUT_ARENA_H

#include <stdarg.h>
#include <stddef.h>

typedef struct arena arena_t;

arena_t *arena_new(void);
void arena_free(arena_t *a);
/* Zeroed, 16-byte aligned; lives until arena_free. */
void *arena_alloc(arena_t *a, size_t size);
/* The same, not zeroed: for memory about to be written over. */
void *arena_alloc_raw(arena_t *a, size_t size);
char *arena_strndup(arena_t *a, const char *s, size_t n);
char *arena_strdup(arena_t *a, const char *s);
char *arena_printf(arena_t *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(arena_t *a, const char *fmt, va_list ap);
size_t arena_used(const arena_t *a);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Growable array whose storage lives in an arena: VEC(int) v = {0};
 * VEC_PUSH(arena, v, 3).  Growth copies, the old block stays in the arena
 * (bounded waste: a geometric series). */
#define VEC(T) struct { T *v; size_t n, cap; }
#define VEC_GROW(arena, vec)                                                   \
    do {                                                                       \
        if ((vec).n == (vec).cap) {                                            \
            size_t ncap_ = (vec).cap ? (vec).cap * 2 : 8;                      \
            void *nv_ = arena_alloc_raw((arena), ncap_ * sizeof *(vec).v);     \
            if ((vec).n) memcpy(nv_, (vec).v, (vec).n * sizeof *(vec).v);      \
            (vec).v = nv_;                                                     \
            (vec).cap = ncap_;                                                 \
        }                                                                      \
    } while (0)
#define VEC_PUSH(arena, vec, x)                                                \
    do {                                                                       \
        VEC_GROW(arena, vec);                                                  \
        (vec).v[(vec).n++] = (x);                                              \
    } while (0)

/* A string builder in an arena. */
typedef struct {
    arena_t *arena;
    char *s;
    size_t len, cap;
} sbuf_t;
void sbuf_init(sbuf_t *b, arena_t *a);
/* Room for extra more bytes (and a NUL) at b->s + b->len. */
void sbuf_reserve(sbuf_t *b, size_t extra);
void sbuf_add(sbuf_t *b, const char *s, size_t n);
void sbuf_addc(sbuf_t *b, char c);
void sbuf_adds(sbuf_t *b, const char *s);
void sbuf_printf(sbuf_t *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* NUL-terminated contents (never NULL). */
const char *sbuf_str(sbuf_t *b);

#endif
