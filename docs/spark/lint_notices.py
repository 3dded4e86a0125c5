"""Lint privacy notices at scale with Spark and noticelint.

Spark's RDD.pipe() streams each partition's records, one a line, through
a command and reads its output lines back. `noticelint lint --jsonl -`
reads JSON lines {"url": ..., "content": ...} on standard input and writes
one JSON line per input line, in order, in the shape of `noticelint crawl`
results, so the output can go on to `noticelint report` or any JSON
reader.

    spark-submit lint_notices.py pages/ results/

pages/ holds JSON (one object a line) with at least "url" and "content"
(the notice as text or HTML; "content_base64" for PDF or Word files; an
optional "content_type" such as text/html). noticelint must be on the
PATH of every executor: install it on the images (`CGO_ENABLED=0 go install
github.com/noticelint/noticelint/cmd/noticelint@latest` gives a static
binary that runs anywhere).

--fail-on none: a notice with findings is a result, not a failure of the
task. A bad input line gives an error line of its own ("status": "error"),
so the output keeps one line per input line.
"""

import json
import sys

from pyspark.sql import SparkSession

NOTICELINT = "noticelint lint --jsonl - --fail-on none --no-config"


def main(pages, results):
    spark = SparkSession.builder.appName("noticelint").getOrCreate()
    rows = spark.read.json(pages).select("url", "content")
    # One JSON object a line, as noticelint lint --jsonl reads them.
    lines = rows.rdd.map(lambda r: json.dumps({"url": r.url, "content": r.content}))
    linted = lines.pipe(NOTICELINT)
    linted.saveAsTextFile(results)
    # Per-site findings as a table, e.g. for SQL:
    spark.read.json(results).createOrReplaceTempView("notices")
    spark.sql(
        "SELECT f.rule, count(DISTINCT site) AS sites FROM notices"
        " LATERAL VIEW explode(findings) AS f WHERE status = 'ok'"
        " GROUP BY f.rule ORDER BY sites DESC"
    ).show(40, truncate=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
