/* arena.c — bump allocator in growing blocks, and the x*alloc family. */
#include "arena.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct block {
    struct block *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} block_t;

struct arena {
    block_t *head;
    size_t total;
};

void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "readout: out of memory (%zu bytes)\n", n);
        abort();
    }
    return p;
}
void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        fprintf(stderr, "readout: out of memory (%zu bytes)\n", n * size);
        abort();
    }
    return p;
}
void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "readout: out of memory (%zu bytes)\n", n);
        abort();
    }
    return q;
}
char *xstrdup(const char *s) {
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

arena_t *arena_new(void) { return xcalloc(1, sizeof(arena_t)); }

void arena_free(arena_t *a) {
    if (!a) return;
    block_t *b = a->head;
    while (b) {
        block_t *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}

size_t arena_used(const arena_t *a) { return a->total; }

void *arena_alloc_raw(arena_t *a, size_t size) {
    size = (size + 15) & ~(size_t)15;
    block_t *b = a->head;
    if (!b || b->size - b->used < size) {
        /* blocks grow to 256 KiB: past that, malloc would map and unmap
         * pages for every document */
        size_t bsize = 16384;
        if (b && b->size < (1u << 18)) bsize = b->size * 2;
        else if (b) bsize = b->size;
        if (bsize < size) bsize = size;
        block_t *nb = xmalloc(sizeof(block_t) + bsize);
        nb->size = bsize;
        nb->used = 0;
        /* A huge one-off request goes behind the current block so the
         * current block keeps serving small requests. */
        if (b && size > b->size / 2 && bsize == size) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
        a->total += bsize;
    }
    void *p = b->data + b->used;
    b->used += size;
    return p;
}

void *arena_alloc(arena_t *a, size_t size) {
    void *p = arena_alloc_raw(a, size);
    memset(p, 0, size);
    return p;
}

char *arena_strndup(arena_t *a, const char *s, size_t n) {
    char *p = arena_alloc_raw(a, n + 1);
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}
char *arena_strdup(arena_t *a, const char *s) {
    return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(arena_t *a, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *p = arena_alloc_raw(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}
char *arena_printf(arena_t *a, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

void sbuf_init(sbuf_t *b, arena_t *a) {
    b->arena = a;
    b->s = NULL;
    b->len = b->cap = 0;
}
void sbuf_reserve(sbuf_t *b, size_t extra) {
    if (b->len + extra + 1 <= b->cap) return;
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + extra + 1) ncap *= 2;
    char *ns = arena_alloc_raw(b->arena, ncap);
    if (b->len) memcpy(ns, b->s, b->len);
    b->s = ns;
    b->cap = ncap;
}
void sbuf_add(sbuf_t *b, const char *s, size_t n) {
    sbuf_reserve(b, n);
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}
void sbuf_addc(sbuf_t *b, char c) { sbuf_add(b, &c, 1); }
void sbuf_adds(sbuf_t *b, const char *s) { sbuf_add(b, s, strlen(s)); }
void sbuf_printf(sbuf_t *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(b->arena, fmt, ap);
    va_end(ap);
    sbuf_adds(b, p);
}
const char *sbuf_str(sbuf_t *b) {
    if (!b->s) sbuf_reserve(b, 0), b->s[0] = 0;
    return b->s;
}
