"""Lint privacy notices at scale with Spark and noticelint.

Spark's RDD.pipe() streams each partition's records, one a line, through
a command and reads its output lines back. `noticelint lint --jsonl -`
reads JSON lines {"url": ..., "content": ...} on standard input and writes
one JSON line per input line, in order, in the shape of `noticelint crawl`
results, so the output can go on to `noticelint report` or any JSON
reader.

    spark-submit lint_notices.py pages/ results/

pages/ holds JSON (one object a line) with "url" and either "content" (the
notice as text or HTML) or "content_base64" (a PDF or Word file), and an
optional "content_type" such as text/html or application/pdf. Each row's
fields that are set go to noticelint; a column the data lacks is left out.
noticelint must be on the PATH of every executor: install it on the images
(`CGO_ENABLED=0 go install
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

# The fields of an input line of noticelint lint --jsonl.
FIELDS = ("url", "content", "content_base64", "content_type")


def input_columns(columns):
    """The columns of FIELDS the pages have: Spark infers a column only
    from data that holds it, and selecting one it lacks is an error."""
    present = [c for c in FIELDS if c in columns]
    if "url" not in present:
        raise SystemExit("the pages have no url column (columns: %s)" % ", ".join(columns))
    return present


def to_line(row, columns):
    """One JSON object a line, as noticelint lint --jsonl reads it: the
    row's fields that are set (a row without content_base64 has it null)."""
    return json.dumps({c: row[c] for c in columns if row[c] is not None})


def main(pages, results):
    spark = SparkSession.builder.appName("noticelint").getOrCreate()
    df = spark.read.json(pages)
    columns = input_columns(df.columns)
    lines = df.select(*columns).rdd.map(lambda r: to_line(r, columns))
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
