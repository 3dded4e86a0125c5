"""A local stand-in for the little of PySpark docs/spark/lint_notices.py
uses, for cmd/noticelint's TestSparkScript: no Spark, no JVM. It behaves
as Spark does where the script depends on it: read.json infers the columns
of every row (a missing field is null) and select refuses a column the data
lacks; RDD.pipe runs the command once per partition (two here), split as
shlex splits it, without a shell, writing the records one a line and
reading its output lines back, its exit status checked only with checkCode;
saveAsTextFile writes one part file per partition and refuses an existing
directory. SQL is not run: session.sql records the query."""
