/*
 * CICU: a small C shim over the system ICU (Debian libicu-dev).
 *
 * Why a shim: Foundation ships its own, renamed copy of ICU, so importing the
 * system <unicode/...> headers into a Swift module that also imports
 * Foundation makes the C enums clash; and Debian's ICU renames every symbol
 * with a version suffix (ubrk_open -> ubrk_open_72) through macros Swift
 * cannot see through. This header therefore exposes only plain C types:
 * UTF-16 text as `uint16_t *`, opaque handles, and ICU's UErrorCode as an
 * `int32_t` status (0 = success, > 0 = failure, < 0 = warning). Only the .c
 * file includes ICU headers.
 *
 * Every handle returned by an `*_open*` function must be released with the
 * matching `*_close` function; `mq_live_handles` counts the handles currently
 * open, so tests can prove that wrappers do not leak.
 */
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Status codes and diagnostics ---------------------------------------- */

/** ICU's name for a status code, e.g. "U_INVALID_FORMAT_ERROR". Never NULL. */
const char *mq_error_name(int32_t status);

/** ICU's U_BUFFER_OVERFLOW_ERROR value, for callers that retry with more room. */
int32_t mq_buffer_overflow_status(void);

/** Number of shim handles (transliterators, break iterators) currently open. */
int64_t mq_live_handles(void);

/** The ICU version string, e.g. "72.1". */
const char *mq_icu_version(void);

/* ---- Transliterators ----------------------------------------------------- */

typedef struct MQTransliterator MQTransliterator;

/** Opens a system transliterator by ID (e.g. "Arabic-Latin"); `reverse` != 0 opens its inverse. */
MQTransliterator *mq_translit_open(const uint16_t *id, int32_t idLength,
                                   int32_t reverse, int32_t *status);

/**
 * Opens a transliterator from custom rules (ICU transform rule syntax).
 * On a rule syntax error, `*parseLine` and `*parseOffset` locate it.
 */
MQTransliterator *mq_translit_open_rules(const uint16_t *id, int32_t idLength,
                                         const uint16_t *rules, int32_t rulesLength,
                                         int32_t reverse,
                                         int32_t *parseLine, int32_t *parseOffset,
                                         int32_t *status);

void mq_translit_close(MQTransliterator *handle);

/**
 * Transliterates `text[0..*length)` in place. `capacity` is the room in
 * `text`. On return `*length` is the new length. If the result does not fit,
 * `*status` is U_BUFFER_OVERFLOW_ERROR and the caller must retry from the
 * original text with a larger buffer.
 */
void mq_translit_transform(const MQTransliterator *handle, uint16_t *text,
                           int32_t *length, int32_t capacity, int32_t *status);

/* ---- Normalizer2 --------------------------------------------------------- */

/** Normalization forms understood by `mq_normalize`. */
enum {
    MQ_FORM_NFC = 0,
    MQ_FORM_NFD = 1,
    MQ_FORM_NFKC = 2,
    MQ_FORM_NFKD = 3,
    MQ_FORM_NFKC_CASEFOLD = 4
};

/**
 * Normalizes `src` into `dest`. Returns the full length of the result; if it
 * exceeds `capacity`, `*status` is U_BUFFER_OVERFLOW_ERROR (preflighting).
 * The underlying Normalizer2 instances are ICU singletons and need no close.
 */
int32_t mq_normalize(int32_t form, const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status);

/**
 * Normalizes UTF-8 text (which must be valid UTF-8) into `dest`. Returns the full
 * length of the result in bytes; if it exceeds `capacity`, `*status` is
 * U_BUFFER_OVERFLOW_ERROR. Text already in `form` is copied without conversion work
 * beyond ICU's quick check.
 */
int32_t mq_normalize_utf8(int32_t form, const uint8_t *src, int32_t length,
                          uint8_t *dest, int32_t capacity, int32_t *status);

/** Returns 1 if `src` is already in `form`, 0 if not (or on error, with `*status` set). */
int32_t mq_is_normalized(int32_t form, const uint16_t *src, int32_t length,
                         int32_t *status);

/** Full Unicode case folding (u_strFoldCase, default options), with preflighting. */
int32_t mq_fold_case(const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status);

/* ---- Break iterators ----------------------------------------------------- */

typedef struct MQBreakIterator MQBreakIterator;

/** Break iterator kinds. */
enum {
    MQ_BREAK_CHARACTER = 0,
    MQ_BREAK_WORD = 1,
    MQ_BREAK_LINE = 2,
    MQ_BREAK_SENTENCE = 3
};

/**
 * Opens a break iterator over a private copy of `text` (so the caller's
 * buffer need not outlive it). `locale` is an ICU locale ID such as
 * "en@ss=standard" (suppress sentence breaks after common abbreviations).
 */
MQBreakIterator *mq_break_open(int32_t kind, const char *locale,
                               const uint16_t *text, int32_t length,
                               int32_t *status);

void mq_break_close(MQBreakIterator *handle);

/** The first boundary (always 0). */
int32_t mq_break_first(MQBreakIterator *handle);

/** The next boundary in UTF-16 units, or -1 when there are no more. */
int32_t mq_break_next(MQBreakIterator *handle);

/** The rule status of the boundary just returned (e.g. word kind or sentence terminator kind). */
int32_t mq_break_rule_status(MQBreakIterator *handle);

/* ---- Character properties ------------------------------------------------ */

/** Script codes returned by `mq_script` for the scripts the toolkit cares about. */
enum {
    MQ_SCRIPT_COMMON = 0,
    MQ_SCRIPT_INHERITED = 1,
    MQ_SCRIPT_ARABIC = 2,
    MQ_SCRIPT_LATIN = 25
};

/** The ICU script code (UScriptCode) of a code point, or -1 on error. */
int32_t mq_script(int32_t codePoint);

/** NFC quick check of a code point (ICU's UCHAR_NFC_QUICK_CHECK): 0 no, 1 yes, 2 maybe. */
int32_t mq_nfc_quick_check(int32_t codePoint);

/* ---- CLDR data ------------------------------------------------------------ */

/**
 * Flattens one table of ICU's CLDR locale data into UTF-8 lines "key\tvalue\n";
 * keys of nested tables are joined with '/' ("America:New_York/ec").
 * `tree` is the data tree ("region", "lang", "zone"), `locale` e.g. "ar", `table`
 * e.g. "Countries", "Countries%short", "Languages", "zoneStrings". Only string
 * values are listed. Writes at most `capacity` bytes to `out` and returns the
 * number of bytes the whole listing needs (call again with more room if larger).
 */
int32_t mq_cldr_table(const char *tree, const char *locale, const char *table,
                      char *out, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif /* CICU_H */
