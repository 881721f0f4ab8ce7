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


def document_name(path):
    """A document's name as muqabala gives it: the folder's name, or the file's without .txt."""
    name = os.path.basename(path)
    return name[:-4] if name.endswith(".txt") and not os.path.isdir(path) else name


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
    """The corpus report: each partition's documents processed in one process into a shard
    (`muqabala report --shard`: pair files, page sections, records, glossary), the shards then
    merged on the driver in partition order (`muqabala report --merge`) into the output folder:
    index.html, summary.json, glossary.json/.tsv/.tbx and pairs/, the same files as
    `muqabala report` run on one machine over the same documents. Shards are written beside
    the output (a shared file system on a cluster) and removed once merged."""
    sc = spark.sparkContext
    # In the order `muqabala report` lists documents (by name), so shards merge in that order.
    documents = sorted(corpus_documents(args.corpus), key=document_name)
    output = os.path.abspath(args.output.rstrip("/"))
    shards = os.path.join(os.path.dirname(output), "." + os.path.basename(output) + ".shards")
    if os.path.exists(shards):
        shutil.rmtree(shards)
    os.makedirs(shards)
    binary, options = args.binary, glossary_options(args)

    def shard(index, paths):
        paths = list(paths)
        if not paths:
            return iter([])
        folder = os.path.join(shards, f"part-{index:05d}")
        process = subprocess.run([binary_path(binary), "report", "--shard", "--output", folder] + options + paths,
                                 capture_output=True)
        # Status 1 with a shard written: some documents could not be read; they are records
        # of the shard and named after the merge.
        if process.returncode not in (0, 1) or not os.path.exists(os.path.join(folder, "shard.json")):
            names = ", ".join(os.path.basename(p) for p in paths)
            raise MuqabalaError(f"partition {index} ({names}): muqabala report --shard failed "
                                f"(status {process.returncode}): {process.stderr.decode('utf-8', 'replace').strip()}")
        return iter([(index, folder)])

    try:
        parts = sorted(sc.parallelize(documents, min(args.partitions, len(documents))).mapPartitionsWithIndex(shard).collect())
        process = subprocess.run([binary_path(binary), "report", "--merge", "--output", output] + options
                                 + [folder for _, folder in parts], capture_output=True)
        if process.returncode not in (0, 1):
            raise MuqabalaError(f"merging {len(parts)} shards: muqabala report --merge failed "
                                f"(status {process.returncode}): {process.stderr.decode('utf-8', 'replace').strip()}")
    finally:
        shutil.rmtree(shards, ignore_errors=True)
    with open(os.path.join(output, "summary.json"), encoding="utf-8") as f:
        failed = [d for d in json.load(f)["documents"] if "error" in d]
    if failed:
        raise MuqabalaError("documents that failed (the report lists them): "
                            + "; ".join(f"{d['name']}: {d['error']}" for d in failed))


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
