"""Runs the three Spark jobs in local mode (local[2]) and checks them against the
single-machine commands: identical glossary JSON, identical canonicalized lines, identical
reports. Run by scripts/spark-test (which sets up Java and pyspark).

    python spark/test_spark.py BINARY
"""
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import muqabala_spark  # noqa: E402


def check(condition, message):
    if not condition:
        print("FAIL: " + message, file=sys.stderr)
        sys.exit(1)
    print("ok: " + message)


def main():
    binary = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="muqabala-spark-")
    # The bundled corpus plus the WMT24++ sample pairs of the test fixtures.
    corpus = os.path.join(work, "corpus")
    shutil.copytree(os.path.join(ROOT, "Corpus"), corpus, ignore=shutil.ignore_patterns("*.md", "*.tsv"))
    for folder in glob.glob(os.path.join(ROOT, "Tests/Fixtures/wmt24pp-sample/*/")):
        shutil.copytree(folder, os.path.join(corpus, os.path.basename(os.path.normpath(folder))))
    documents = len(os.listdir(corpus))

    def single(arguments, stdin=None):
        return subprocess.run([binary] + arguments, input=stdin, capture_output=True, check=True).stdout

    common = ["--binary", binary, "--master", "local[2]", "--partitions", "3"]

    # Glossary: shards on executors merged as a tree = the glossary of everything at once.
    started = time.time()
    out = os.path.join(work, "glossary.json")
    check(muqabala_spark.main(common + ["glossary", "--corpus", corpus, "--output", out, "--no-curated"]) == 0,
          "glossary job ran")
    spark_seconds = time.time() - started
    expected = single(["glossary", "--format", "json", "--no-curated", corpus]).decode("utf-8")
    with open(out, encoding="utf-8") as f:
        check(f.read() == expected, f"Spark glossary JSON equals the single-machine glossary ({documents} documents)")

    # Canonicalize: same rows, same order within partitions.
    random.seed(7)
    names = ["Hashd al-Shaabi", "Abu Ala al-Walai", "Kataib Hezbollah", "الحشد الشعبي", "Baghdad", "plain words"]
    rows = [json.dumps({"id": k, "text": f"{random.choice(names)} said {k} things about {random.choice(names)}"},
                       ensure_ascii=False) for k in range(3000)]
    source = os.path.join(work, "posts.jsonl")
    with open(source, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    target = os.path.join(work, "canonical")
    check(muqabala_spark.main(common + ["canonicalize", "--input", source, "--output", target, "--field", "text"]) == 0,
          "canonicalize job ran")
    got = []
    for part in sorted(glob.glob(os.path.join(target, "part-*"))):
        with open(part, encoding="utf-8") as f:
            got += f.read().splitlines()
    expected = single(["canonicalize", "--field", "text", source]).decode("utf-8").splitlines()
    check(len(got) == len(rows), f"canonicalize kept every row ({len(got)} of {len(rows)})")
    check(got == expected, "Spark canonicalized lines equal the single-machine output, in order")

    # Report: the folder built from shards equals `muqabala report` of the same corpus, file for file.
    started = time.time()
    report = os.path.join(work, "report")
    check(muqabala_spark.main(common + ["report", "--corpus", corpus, "--output", report]) == 0,
          "report job ran")
    report_seconds = time.time() - started
    alone = os.path.join(work, "report-alone")
    single(["report", "--output", alone, corpus])

    def files(folder):
        return sorted(os.path.relpath(os.path.join(d, f), folder)
                      for d, _, names in os.walk(folder) for f in names if not f.startswith("."))
    expected_files = files(alone)
    check(files(report) == expected_files, f"the report holds the same {len(expected_files)} files")
    for name in expected_files:
        with open(os.path.join(report, name), "rb") as f, open(os.path.join(alone, name), "rb") as g:
            check(f.read() == g.read(), f"{name} equals the single-machine report's")
    with open(os.path.join(report, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)["documents"]
    pairs = [d for d in sorted(os.listdir(corpus)) if os.path.exists(os.path.join(corpus, d, "ar.txt"))
             and os.path.exists(os.path.join(corpus, d, "en.txt"))]
    check(sorted(d["name"] for d in summary if "english_sentence_share" in d) == pairs,
          f"summary lists every pair ({len(pairs)})")
    check(not os.path.exists(os.path.join(work, ".report.shards")), "the shards are removed")
    print(f"local[2]: glossary job {spark_seconds:.1f} s, report job {report_seconds:.1f} s "
          f"for {documents} documents ({len(pairs)} pairs)")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
