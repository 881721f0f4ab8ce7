/*
 * Implementation of the CICU shim. This is the only file that includes ICU
 * headers; see include/CICU.h for the rationale and the contract.
 */
#include "CICU.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar must be 16 bits");
_Static_assert(sizeof(UErrorCode) == sizeof(int32_t), "UErrorCode must be 32 bits");
_Static_assert(USCRIPT_ARABIC == MQ_SCRIPT_ARABIC, "script code mismatch");
_Static_assert(USCRIPT_LATIN == MQ_SCRIPT_LATIN, "script code mismatch");
_Static_assert(USCRIPT_COMMON == MQ_SCRIPT_COMMON, "script code mismatch");
_Static_assert(USCRIPT_INHERITED == MQ_SCRIPT_INHERITED, "script code mismatch");

static _Atomic int64_t live_handles = 0;

int64_t mq_live_handles(void) { return atomic_load(&live_handles); }

const char *mq_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

int32_t mq_buffer_overflow_status(void) { return (int32_t)U_BUFFER_OVERFLOW_ERROR; }

const char *mq_icu_version(void) { return U_ICU_VERSION; }

/* ---- Transliterators ----------------------------------------------------- */

struct MQTransliterator { UTransliterator *trans; };

static MQTransliterator *wrap_translit(UTransliterator *trans, UErrorCode code, int32_t *status) {
    *status = (int32_t)code;
    if (U_FAILURE(code) || trans == NULL) {
        if (trans != NULL) utrans_close(trans);
        if (!U_FAILURE(code)) *status = (int32_t)U_INTERNAL_PROGRAM_ERROR;
        return NULL;
    }
    MQTransliterator *handle = malloc(sizeof *handle);
    if (handle == NULL) {
        utrans_close(trans);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    handle->trans = trans;
    atomic_fetch_add(&live_handles, 1);
    return handle;
}

MQTransliterator *mq_translit_open(const uint16_t *id, int32_t idLength,
                                   int32_t reverse, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength,
                                          reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                          NULL, 0, NULL, &code);
    return wrap_translit(trans, code, status);
}

MQTransliterator *mq_translit_open_rules(const uint16_t *id, int32_t idLength,
                                         const uint16_t *rules, int32_t rulesLength,
                                         int32_t reverse,
                                         int32_t *parseLine, int32_t *parseOffset,
                                         int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    memset(&parseError, 0, sizeof parseError);
    UTransliterator *trans = utrans_openU((const UChar *)id, idLength,
                                          reverse ? UTRANS_REVERSE : UTRANS_FORWARD,
                                          (const UChar *)rules, rulesLength,
                                          &parseError, &code);
    if (parseLine) *parseLine = parseError.line;
    if (parseOffset) *parseOffset = parseError.offset;
    return wrap_translit(trans, code, status);
}

void mq_translit_close(MQTransliterator *handle) {
    if (handle == NULL) return;
    utrans_close(handle->trans);
    free(handle);
    atomic_fetch_sub(&live_handles, 1);
}

void mq_translit_transform(const MQTransliterator *handle, uint16_t *text,
                           int32_t *length, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars(handle->trans, (UChar *)text, length, capacity, 0, &limit, &code);
    *status = (int32_t)code;
}

/* ---- Normalizer2 --------------------------------------------------------- */

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *code) {
    switch (form) {
    case MQ_FORM_NFC: return unorm2_getNFCInstance(code);
    case MQ_FORM_NFD: return unorm2_getNFDInstance(code);
    case MQ_FORM_NFKC: return unorm2_getNFKCInstance(code);
    case MQ_FORM_NFKD: return unorm2_getNFKDInstance(code);
    case MQ_FORM_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(code);
    default: *code = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t mq_normalize(int32_t form, const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer_for(form, &code);
    int32_t result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_normalize(norm, (const UChar *)src, length,
                                  (UChar *)dest, capacity, &code);
    }
    *status = (int32_t)code;
    return result;
}

int32_t mq_normalize_utf8(int32_t form, const uint8_t *src, int32_t length,
                          uint8_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer_for(form, &code);
    int32_t result = 0;
    UChar *wide = NULL, *normalized = NULL;
    if (U_FAILURE(code)) goto done;
    int32_t wideLength = 0;
    u_strFromUTF8(NULL, 0, &wideLength, (const char *)src, length, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR) code = U_ZERO_ERROR;
    if (U_FAILURE(code)) goto done;
    wide = malloc(sizeof(UChar) * (size_t)(wideLength + 1));
    if (wide == NULL) { code = U_MEMORY_ALLOCATION_ERROR; goto done; }
    u_strFromUTF8(wide, wideLength + 1, NULL, (const char *)src, length, &code);
    if (U_FAILURE(code)) goto done;
    int32_t span = unorm2_spanQuickCheckYes(norm, wide, wideLength, &code);
    if (U_FAILURE(code)) goto done;
    if (span == wideLength) {
        /* Already normalized: copy the bytes. */
        result = length;
        if (length <= capacity) memcpy(dest, src, (size_t)length);
        else code = U_BUFFER_OVERFLOW_ERROR;
        goto done;
    }
    int32_t normalizedLength = unorm2_normalize(norm, wide, wideLength, NULL, 0, &code);
    if (code == U_BUFFER_OVERFLOW_ERROR) code = U_ZERO_ERROR;
    if (U_FAILURE(code)) goto done;
    normalized = malloc(sizeof(UChar) * (size_t)(normalizedLength + 1));
    if (normalized == NULL) { code = U_MEMORY_ALLOCATION_ERROR; goto done; }
    unorm2_normalize(norm, wide, wideLength, normalized, normalizedLength + 1, &code);
    if (U_FAILURE(code)) goto done;
    u_strToUTF8((char *)dest, capacity, &result, normalized, normalizedLength, &code);
done:
    free(wide);
    free(normalized);
    *status = (int32_t)code;
    return result;
}

int32_t mq_is_normalized(int32_t form, const uint16_t *src, int32_t length,
                         int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *norm = normalizer_for(form, &code);
    UBool result = 0;
    if (U_SUCCESS(code)) {
        result = unorm2_isNormalized(norm, (const UChar *)src, length, &code);
    }
    *status = (int32_t)code;
    return result ? 1 : 0;
}

int32_t mq_fold_case(const uint16_t *src, int32_t length,
                     uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t result = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length,
                                   U_FOLD_CASE_DEFAULT, &code);
    *status = (int32_t)code;
    return result;
}

/* ---- Break iterators ----------------------------------------------------- */

struct MQBreakIterator {
    UBreakIterator *iter;
    UChar *text; /* private copy: ICU keeps a pointer to the text */
};

/* Opening a break iterator loads its rules and, for `@ss=standard`, the abbreviation
 * filter: about a millisecond, paid per paragraph before. One prototype per (kind, locale)
 * is opened once and cloned per call (cloning a prototype nobody iterates is thread-safe;
 * the lock only guards the small table). Prototypes live as long as the process. */
typedef struct {
    int32_t kind;
    char locale[64];
    UBreakIterator *prototype;
} MQBreakPrototype;

static MQBreakPrototype break_prototypes[16];
static int break_prototype_count = 0;
static pthread_mutex_t break_prototype_lock = PTHREAD_MUTEX_INITIALIZER;

static UBreakIterator *mq_break_new(UBreakIteratorType type, int32_t kind, const char *locale, UErrorCode *code) {
    UBreakIterator *iter = NULL;
    pthread_mutex_lock(&break_prototype_lock);
    UBreakIterator *prototype = NULL;
    for (int k = 0; k < break_prototype_count; k++) {
        if (break_prototypes[k].kind == kind && strcmp(break_prototypes[k].locale, locale) == 0) {
            prototype = break_prototypes[k].prototype;
            break;
        }
    }
    if (prototype == NULL && break_prototype_count < 16 && strlen(locale) < sizeof break_prototypes[0].locale) {
        UErrorCode openCode = U_ZERO_ERROR;
        prototype = ubrk_open(type, locale, NULL, 0, &openCode);
        if (U_SUCCESS(openCode) && prototype != NULL) {
            MQBreakPrototype *slot = &break_prototypes[break_prototype_count++];
            slot->kind = kind;
            strcpy(slot->locale, locale);
            slot->prototype = prototype;
        } else {
            if (prototype != NULL) ubrk_close(prototype);
            prototype = NULL;
        }
    }
    if (prototype != NULL) {
        iter = ubrk_clone(prototype, code);
    }
    pthread_mutex_unlock(&break_prototype_lock);
    if (prototype == NULL) iter = ubrk_open(type, locale, NULL, 0, code);
    return iter;
}

MQBreakIterator *mq_break_open(int32_t kind, const char *locale,
                               const uint16_t *text, int32_t length,
                               int32_t *status) {
    UBreakIteratorType type;
    switch (kind) {
    case MQ_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case MQ_BREAK_WORD: type = UBRK_WORD; break;
    case MQ_BREAK_LINE: type = UBRK_LINE; break;
    case MQ_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    default: *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
    if (length < 0) { *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR; return NULL; }
    MQBreakIterator *handle = malloc(sizeof *handle);
    UChar *copy = malloc(sizeof(UChar) * (size_t)(length > 0 ? length : 1));
    if (handle == NULL || copy == NULL) {
        free(handle);
        free(copy);
        *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    if (length > 0) memcpy(copy, text, sizeof(UChar) * (size_t)length);
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *iter = mq_break_new(type, kind, locale, &code);
    if (U_SUCCESS(code) && iter != NULL) ubrk_setText(iter, copy, length, &code);
    *status = (int32_t)code;
    if (U_FAILURE(code) || iter == NULL) {
        if (iter != NULL) ubrk_close(iter);
        free(copy);
        free(handle);
        if (!U_FAILURE(code)) *status = (int32_t)U_INTERNAL_PROGRAM_ERROR;
        return NULL;
    }
    handle->iter = iter;
    handle->text = copy;
    atomic_fetch_add(&live_handles, 1);
    return handle;
}

void mq_break_close(MQBreakIterator *handle) {
    if (handle == NULL) return;
    ubrk_close(handle->iter);
    free(handle->text);
    free(handle);
    atomic_fetch_sub(&live_handles, 1);
}

int32_t mq_break_first(MQBreakIterator *handle) { return ubrk_first(handle->iter); }

int32_t mq_break_next(MQBreakIterator *handle) {
    int32_t next = ubrk_next(handle->iter);
    return next == UBRK_DONE ? -1 : next;
}

int32_t mq_break_rule_status(MQBreakIterator *handle) { return ubrk_getRuleStatus(handle->iter); }

/* ---- Character properties ------------------------------------------------ */

int32_t mq_script(int32_t codePoint) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)codePoint, &code);
    return U_FAILURE(code) ? -1 : (int32_t)script;
}

int32_t mq_nfc_quick_check(int32_t codePoint) {
    return (int32_t)u_getIntPropertyValue((UChar32)codePoint, UCHAR_NFC_QUICK_CHECK);
}

/* ---- CLDR data ------------------------------------------------------------ */

struct mq_listing { char *out; int32_t capacity; int32_t length; };

static void mq_listing_add(struct mq_listing *listing, const char *text, int32_t length) {
    if (listing->length + length <= listing->capacity) memcpy(listing->out + listing->length, text, (size_t)length);
    listing->length += length;
}

static void mq_cldr_walk(UResourceBundle *table, const char *prefix, int depth, struct mq_listing *listing,
                         UErrorCode *status) {
    ures_resetIterator(table);
    while (ures_hasNext(table) && U_SUCCESS(*status)) {
        UResourceBundle *item = ures_getNextResource(table, NULL, status);
        if (U_FAILURE(*status)) break;
        const char *key = ures_getKey(item);
        char path[512];
        snprintf(path, sizeof path, "%s%s%s", prefix, prefix[0] ? "/" : "", key ? key : "");
        if (ures_getType(item) == URES_STRING) {
            int32_t length = 0;
            const UChar *value = ures_getString(item, &length, status);
            char utf8[1024];
            int32_t written = 0;
            u_strToUTF8(utf8, (int32_t)sizeof utf8, &written, value, length, status);
            if (U_SUCCESS(*status) && written < (int32_t)sizeof utf8) {
                mq_listing_add(listing, path, (int32_t)strlen(path));
                mq_listing_add(listing, "\t", 1);
                mq_listing_add(listing, utf8, written);
                mq_listing_add(listing, "\n", 1);
            }
            if (*status == U_BUFFER_OVERFLOW_ERROR || *status == U_STRING_NOT_TERMINATED_WARNING) *status = U_ZERO_ERROR;
        } else if (ures_getType(item) == URES_TABLE && depth < 3) {
            mq_cldr_walk(item, path, depth + 1, listing, status);
        }
        ures_close(item);
    }
}

int32_t mq_cldr_table(const char *tree, const char *locale, const char *table,
                      char *out, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    char name[128];
    snprintf(name, sizeof name, "%s-%s", U_ICUDATA_NAME, tree);
    struct mq_listing listing = { out, capacity, 0 };
    UResourceBundle *bundle = ures_open(name, locale, &code);
    UResourceBundle *items = U_SUCCESS(code) ? ures_getByKey(bundle, table, NULL, &code) : NULL;
    if (U_SUCCESS(code)) mq_cldr_walk(items, "", 0, &listing, &code);
    if (items) ures_close(items);
    if (bundle) ures_close(bundle);
    *status = U_FAILURE(code) ? (int32_t)code : 0;
    return listing.length;
}
