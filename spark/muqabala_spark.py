"""Muqabala on Apache Spark: canonicalize, glossary and report jobs.

Spark runs the `muqabala` binary over each partition, the way it runs external tools
(`RDD.pipe`, `mapPartitions` with a subprocess); Spark does the partitioning, scheduling and
retries. The binary reaches executors with `--files` (SparkFiles) or as an installed path
(`--binary`), and its data (the curated glossary) likewise (`--glossary`).

    spark-submit spark/muqabala_spark.py canonicalize --input posts.jsonl --field text --output out/
    spark-submit spark/muqabala_spark.py glossary --corpus Corpus/ --output glossary.json
    spark-submit spark/muqabala_spark.py report --corpus Corpus/ --output report/

A missing binary or a failed partition stops the job with an error naming the document or
partition; a result is never silently smaller than its input.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from pyspark import SparkFiles
from pyspark.sql import SparkSession


class MuqabalaError(RuntimeError):
    pass


def binary_path(name):
    """The muqabala binary on this executor: a path given to the job, or the file shipped
    with --files (SparkFiles)."""
    if os.path.isabs(name) or os.sep in name:
        path = name
    else:
        path = SparkFiles.get(name)
    if not os.access(path, os.X_OK):
        raise MuqabalaError(f"muqabala binary not found or not executable on this executor: {path} "
                            "(ship it with --files or give --binary an installed path)")
    return path


def run(binary, arguments, what, stdin=None):
    result = subprocess.run([binary_path(binary)] + arguments, input=stdin, capture_output=True)
    if result.returncode != 0:
        raise MuqabalaError(f"{what}: muqabala {' '.join(arguments[:1])} failed "
                            f"(status {result.returncode}): {result.stderr.decode('utf-8', 'replace').strip()}")
    return result.stdout


# ---- canonicalize ---------------------------------------------------------------------

def canonicalize(spark, args):
    """Each partition of JSON Lines (or plain lines) streams through `muqabala canonicalize`:
    the same row count and order within partitions."""
    sc = spark.sparkContext
    lines = sc.textFile(args.input, minPartitions=args.partitions)
    arguments = ["canonicalize"]
    if args.glossary:
        # A bare name is a file shipped with --files.
        arguments += ["--glossary", args.glossary]
    if args.field:
        arguments += ["--field", args.field]
    binary, shipped_glossary = args.binary, args.glossary and os.sep not in args.glossary

    def through_muqabala(index, rows):
        rows = list(rows)
        if not rows:
            return iter([])
        text = ("\n".join(rows) + "\n").encode("utf-8")
        call = list(arguments)
        if shipped_glossary:
            call[call.index("--glossary") + 1] = SparkFiles.get(args.glossary)
        out = run(binary, call, f"partition {index}", stdin=text).decode("utf-8").split("\n")
        if out and out[-1] == "":
            out.pop()
        if len(out) != len(rows):
            raise MuqabalaError(f"partition {index}: {len(rows)} lines in, {len(out)} out")
        return iter(out)

    result = lines.mapPartitionsWithIndex(through_muqabala)
    result.saveAsTextFile(args.output)


# ---- glossary -------------------------------------------------------------------------

def corpus_documents(corpus):
    """Document folders (holding en.txt and/or ar.txt) and loose .txt files of a corpus."""
    documents = []
    for name in sorted(os.listdir(corpus)):
        if name.startswith("."):
            continue
        path = os.path.join(corpus, name)
        if os.path.isdir(path) and ({"en.txt", "ar.txt"} & set(os.listdir(path))):
            documents.append(os.path.abspath(path))
        elif name.endswith(".txt"):
            documents.append(os.path.abspath(path))
    if not documents:
        raise MuqabalaError(f"{corpus}: no documents (folders with en.txt or ar.txt, or .txt files)")
    return documents


def glossary_options(args):
    return ["--no-curated"] if args.no_curated else (["--curated", args.glossary] if args.glossary else [])


def glossary(spark, args):
    """Shards built per partition (one process each), merged by `muqabala glossary --merge`
    as a tree reduction: the result equals the glossary of all documents built at once."""
    sc = spark.sparkContext
    documents = corpus_documents(args.corpus)
    binary, options = args.binary, glossary_options(args)

    def shard(index, paths):
        paths = list(paths)
        if not paths:
            return iter([])
        return iter([run(binary, ["glossary", "--format", "json"] + options + paths,
                         f"partition {index} ({', '.join(os.path.basename(p) for p in paths)})").decode("utf-8")])

    def merge(a, b):
        with tempfile.TemporaryDirectory() as folder:
            pa, pb = os.path.join(folder, "a.json"), os.path.join(folder, "b.json")
            with open(pa, "w", encoding="utf-8") as f:
                f.write(a)
            with open(pb, "w", encoding="utf-8") as f:
                f.write(b)
            return run(binary, ["glossary", "--merge", "--format", "json"] + options + [pa, pb], "merging shards").decode("utf-8")

    shards = sc.parallelize(documents, min(args.partitions, len(documents))).mapPartitionsWithIndex(shard)
    merged = shards.treeReduce(merge, depth=2)
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(merged)


# ---- report ---------------------------------------------------------------------------

def report(spark, args):
    """Every translation pair aligned and reported on the executors (`align --manifest` and
    `gaps --manifest`, one process per partition), written per document under
    OUTPUT/pairs/; the summary (coverage and gap counts per pair) is built from the merged
    status lines on the driver. The HTML page is `muqabala report` on one machine."""
    sc = spark.sparkContext
    pairs = [d for d in corpus_documents(args.corpus)
             if os.path.isdir(d) and {"en.txt", "ar.txt"} <= set(os.listdir(d))]
    if not pairs:
        raise MuqabalaError(f"{args.corpus}: no document holds both en.txt and ar.txt")
    output = os.path.abspath(args.output)
    os.makedirs(os.path.join(output, "pairs"), exist_ok=True)
    binary = args.binary

    def align_partition(index, folders):
        folders = list(folders)
        if not folders:
            return iter([])
        with tempfile.TemporaryDirectory() as scratch:
            manifest = os.path.join(scratch, "pairs.tsv")
            with open(manifest, "w", encoding="utf-8") as f:
                for folder in folders:
                    name = os.path.basename(folder)
                    f.write(f"{folder}/en.txt\t{folder}/ar.txt\t{output}/pairs/{name}\n")
            rows = {}
            for command in (["align", "--format", "jsonl"], ["gaps", "--format", "json"]):
                process = subprocess.run([binary_path(binary)] + command + ["--manifest", manifest, "--quiet"],
                                         capture_output=True)
                for line in process.stdout.decode("utf-8").splitlines():
                    fields = line.split("\t")
                    rows.setdefault(os.path.basename(fields[0]), []).append(fields)
                if process.returncode not in (0, 1):
                    raise MuqabalaError(f"partition {index}: muqabala {command[0]} --manifest failed: "
                                        f"{process.stderr.decode('utf-8', 'replace').strip()}")
        results = []
        for folder in folders:
            name = os.path.basename(folder)
            got = rows.get(name, [])
            errors = [f[2] for f in got if len(f) > 2 and f[1] == "error"]
            if len(got) != 2 or errors:
                results.append({"name": name, "error": "; ".join(errors) or "no result"})
            else:
                results.append({"name": name, "english_sentences": int(got[0][2]), "arabic_sentences": int(got[0][3]),
                                "coverage": float(got[1][4])})
        return iter(results)

    results = sc.parallelize(pairs, min(args.partitions, len(pairs))).mapPartitionsWithIndex(align_partition).collect()
    results.sort(key=lambda r: r["name"])
    for r in results:
        if "error" in r:
            continue
        with open(os.path.join(output, "pairs", r["name"] + ".gaps.json"), encoding="utf-8") as f:
            gaps = json.load(f)
        r.update({k: len(gaps[k]) for k in ("omissions", "additions", "partials", "inconsistencies")})
    with open(os.path.join(output, "summary.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": results}, f, ensure_ascii=False, indent=2)
    failed = [r for r in results if "error" in r]
    if failed:
        raise MuqabalaError("documents that failed: " + "; ".join(f"{r['name']}: {r['error']}" for r in failed))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default="muqabala",
                        help="the muqabala binary: a name shipped with --files (default), or a path on every executor")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    sub = parser.add_subparsers(dest="job", required=True)
    c = sub.add_parser("canonicalize")
    c.add_argument("--input", required=True)
    c.add_argument("--output", required=True)
    c.add_argument("--field")
    c.add_argument("--glossary")
    for name in ("glossary", "report"):
        p = sub.add_parser(name)
        p.add_argument("--corpus", required=True)
        p.add_argument("--output", required=True)
        p.add_argument("--glossary", help="curated glossary TSV (default: the binary's own)")
        p.add_argument("--no-curated", action="store_true")
    args = parser.parse_args(argv)
    builder = SparkSession.builder.appName(f"muqabala-{args.job}")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        {"canonicalize": canonicalize, "glossary": glossary, "report": report}[args.job](spark, args)
    except MuqabalaError as error:
        print(f"muqabala-spark {args.job}: {error}", file=sys.stderr)
        return 1
    except Exception as error:   # a task failed on an executor: Spark wraps its error
        text = str(error)
        marker = "MuqabalaError: "
        reason = text[text.index(marker) + len(marker):].split("\n")[0] if marker in text else text.split("\n")[0]
        print(f"muqabala-spark {args.job}: {reason}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
