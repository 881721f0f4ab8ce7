"""Throughput of the Spark report job in local mode against the single-machine report.

    python spark/bench_spark.py BINARY CORPUS [CORES]

Runs `muqabala report` on one machine (all cores) and the Spark report job with
local[CORES] over the same corpus, and prints documents per second and per second per core
for both (run by scripts/spark-test --bench).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import muqabala_spark  # noqa: E402


def main():
    binary, corpus = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    cores = int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count()
    documents = len(muqabala_spark.corpus_documents(corpus))
    work = tempfile.mkdtemp(prefix="muqabala-spark-bench-")
    try:
        started = time.time()
        subprocess.run([binary, "report", "--output", os.path.join(work, "alone"), corpus],
                       check=True, capture_output=True)
        alone = time.time() - started
        started = time.time()
        status = muqabala_spark.main(["--binary", binary, "--master", f"local[{cores}]", "--partitions", str(4 * cores),
                                      "report", "--corpus", corpus, "--output", os.path.join(work, "spark")])
        spark = time.time() - started
        if status != 0:
            sys.exit("bench: the Spark report job failed")
    finally:
        shutil.rmtree(work)
    print("run\tdocuments\tseconds\tdocuments/s\tdocuments/s/core")
    for name, seconds in (("muqabala report (one process)", alone), (f"Spark report job, local[{cores}]", spark)):
        print(f"{name}\t{documents}\t{seconds:.1f}\t{documents / seconds:.1f}\t{documents / seconds / cores:.1f}")


if __name__ == "__main__":
    main()
