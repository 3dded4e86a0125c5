"""Stand-in for pyspark.sql: SparkSession, DataFrame, Row (see __init__)."""

import glob
import json
import os
import shlex
import subprocess

PARTITIONS = 2
QUERIES = []  # the queries session.sql was given


class AnalysisException(Exception):
    pass


class Row:
    def __init__(self, values):
        self._values = values

    def __getitem__(self, name):
        return self._values[name]

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name)


class RDD:
    def __init__(self, partitions):
        self._partitions = partitions

    def map(self, f):
        return RDD([[f(r) for r in p] for p in self._partitions])

    def pipe(self, command, env=None, checkCode=False):
        # As PySpark: shlex.split, no shell; the exit status is checked only
        # with checkCode.
        out = []
        for p in self._partitions:
            data = "".join(str(r) + "\n" for r in p)
            done = subprocess.run(shlex.split(command), input=data.encode(), stdout=subprocess.PIPE, env=env, check=False)
            if checkCode and done.returncode != 0:
                raise RuntimeError("Pipe function `%s' exited with error code %d" % (command, done.returncode))
            out.append(done.stdout.decode().splitlines())
        return RDD(out)

    def saveAsTextFile(self, path):
        if os.path.exists(path):
            raise RuntimeError("Output directory %s already exists" % path)
        os.makedirs(path)
        for i, p in enumerate(self._partitions):
            with open(os.path.join(path, "part-%05d" % i), "w") as f:
                f.writelines(line + "\n" for line in p)


class DataFrame:
    def __init__(self, columns, records):
        self.columns = columns
        self._records = records

    def select(self, *columns):
        for c in columns:
            if c not in self.columns:
                raise AnalysisException("cannot resolve '%s' given input columns: [%s]" % (c, ", ".join(self.columns)))
        return DataFrame(list(columns), [{c: r.get(c) for c in columns} for r in self._records])

    @property
    def rdd(self):
        rows = [Row({c: r.get(c) for c in self.columns}) for r in self._records]
        size = -(-len(rows) // PARTITIONS) or 1
        return RDD([rows[i:i + size] for i in range(0, len(rows), size)])

    def createOrReplaceTempView(self, name):
        pass


class Result:
    def show(self, n=20, truncate=True):
        pass


class Reader:
    def json(self, path):
        files = sorted(glob.glob(os.path.join(path, "*"))) if os.path.isdir(path) else [path]
        records = []
        for name in files:
            with open(name) as f:
                records += [json.loads(line) for line in f if line.strip()]
        columns = sorted({k for r in records for k in r})
        return DataFrame(columns, records)


class SparkSession:
    class Builder:
        def appName(self, name):
            return self

        def getOrCreate(self):
            return SparkSession()

    builder = Builder()

    def __init__(self):
        self.read = Reader()

    def sql(self, query):
        QUERIES.append(query)
        return Result()
