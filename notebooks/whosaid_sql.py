"""SQL over a whosaid output folder, answered as pandas DataFrames.

    import whosaid_sql
    db = whosaid_sql.connect("../out")
    db.query("SELECT actor_name, count(*) AS n FROM statements GROUP BY 1 ORDER BY n DESC")

Every table of the output (statements, articles, ...) is a view of the same name. DuckDB does
the reading: the `duckdb` Python module when it is installed (`pip install duckdb`), otherwise
DuckDB's JDBC driver through JPype, because Debian packages no Parquet reader for Python.
"""

import datetime
import glob
import os
import re
from pathlib import Path

import pandas as pd

TABLES = ("statements", "articles", "entities", "actor_daily", "actors", "rejects")

# Debian's JPype (1.4) finds its own support classes only when this jar is on the class path.
DEBIAN_JPYPE_JAR = "/usr/share/java/org.jpype.jar"
PROJECT_DIR = Path(__file__).resolve().parent.parent


def connect(output_dir):
    """A connection with a view per table of OUTPUT_DIR; tables without Parquet files are left out."""
    output_dir = output_path(output_dir)
    if not os.path.isdir(output_dir):
        raise FileNotFoundError(f"no whosaid output at {output_dir} (set WHOSAID_OUTPUT)")
    try:
        import duckdb
    except ImportError:
        db = _JdbcDuckDb(duckdb_jar(), output_dir)
    else:
        db = _ModuleDuckDb(duckdb.connect(), output_dir)
    for table in TABLES:
        files = os.path.join(output_dir, table, "**", "*.parquet")
        if glob.glob(files, recursive=True):
            db.execute(f"CREATE VIEW {table} AS SELECT * FROM "
                       f"read_parquet({_sql_string(files)}, hive_partitioning = true)")
            db.tables.append(table)
    return db


def output_path(output_dir):
    """OUTPUT_DIR as an absolute path. A relative one that is not found from the current folder is taken from
    the project folder: notebooks run in notebooks/, but `WHOSAID_OUTPUT=out jupyter notebook notebooks/`
    means the project's out/."""
    path = Path(output_dir).expanduser()
    if not path.is_absolute() and not path.is_dir() and (PROJECT_DIR / path).is_dir():
        path = PROJECT_DIR / path
    return str(path.resolve())


def duckdb_jar():
    """DuckDB's JDBC jar: $WHOSAID_DUCKDB_JAR, else the build's class path, else the newest one in ~/.m2."""
    configured = os.environ.get("WHOSAID_DUCKDB_JAR")
    if configured:
        if not os.path.isfile(configured):
            raise FileNotFoundError(f"WHOSAID_DUCKDB_JAR={configured} is not a file")
        return configured
    classpath_file = PROJECT_DIR / "target" / "runtime-classpath.txt"
    if classpath_file.is_file():
        for entry in classpath_file.read_text().strip().split(os.pathsep):
            if os.path.basename(entry).startswith("duckdb_jdbc-") and os.path.isfile(entry):
                return entry
    local_repository = Path.home() / ".m2" / "repository" / "org" / "duckdb" / "duckdb_jdbc"
    jars = local_repository.glob("*/duckdb_jdbc-*.jar")
    jars = [j for j in jars if re.fullmatch(r"duckdb_jdbc-[\d.]+\.jar", j.name)]  # no -sources, -javadoc
    if jars:
        return str(max(jars, key=lambda j: [int(n) for n in j.parent.name.split(".") if n.isdigit()]))
    raise FileNotFoundError("no DuckDB JDBC jar: `pip install duckdb`, run `mvn package`, or set WHOSAID_DUCKDB_JAR")


def _sql_string(text):
    return "'" + text.replace("'", "''") + "'"


class _ModuleDuckDb:
    def __init__(self, connection, output_dir):
        self.connection = connection
        self.output_dir = output_dir
        self.tables = []  # the views connect() made

    def execute(self, sql):
        self.connection.execute(sql)

    def query(self, sql, params=None):
        """The result of SQL as a DataFrame; PARAMS fill its ? placeholders."""
        return self.connection.execute(sql, params or []).df()

    def close(self):
        self.connection.close()


class _JdbcDuckDb:
    def __init__(self, jar, output_dir):
        try:
            import jpype
            import jpype.imports  # noqa: F401  (makes `from java.sql import ...` work)
        except ImportError as e:
            raise ImportError("whosaid_sql reads Parquet with DuckDB: `pip install duckdb`, "
                              "or JPype for DuckDB's JDBC jar (Debian: `apt-get install python3-jpype`)") from e

        if not jpype.isJVMStarted():
            classpath = [jar] + ([DEBIAN_JPYPE_JAR] if os.path.isfile(DEBIAN_JPYPE_JAR) else [])
            jpype.startJVM(classpath=classpath, convertStrings=False)
        from java.sql import DriverManager

        self.connection = DriverManager.getConnection("jdbc:duckdb:")
        self.values = _JavaValues()
        self.output_dir = output_dir
        self.tables = []  # the views connect() made

    def execute(self, sql):
        with self.connection.createStatement() as statement:
            statement.execute(sql)

    def query(self, sql, params=None):
        """The result of SQL as a DataFrame; PARAMS fill its ? placeholders."""
        with self.connection.prepareStatement(sql) as statement:
            for index, value in enumerate(params or [], start=1):
                statement.setObject(index, self.values.to_java(value))
            with statement.executeQuery() as result:
                meta = result.getMetaData()
                positions = range(1, meta.getColumnCount() + 1)
                columns = [str(meta.getColumnLabel(i)) for i in positions]
                types = [str(meta.getColumnTypeName(i)) for i in positions]
                rows = []
                while result.next():
                    rows.append([self.values.to_python(result.getObject(i)) for i in positions])
        frame = pd.DataFrame(rows, columns=columns)
        # The dtypes the duckdb module gives: dates and times as datetime64, numbers as numbers even with nulls.
        for column, type_name in zip(columns, types):
            if type_name == "DATE" or type_name.startswith("TIMESTAMP"):
                frame[column] = pd.to_datetime(frame[column])
            elif type_name in ("HUGEINT", "UHUGEINT"):  # 128-bit integers: floats, as in the duckdb module
                frame[column] = frame[column].astype(float)
            elif type_name in _NUMERIC_TYPES or re.fullmatch(r"DECIMAL\(\d+, ?\d+\)", type_name):
                frame[column] = _numeric(frame[column])
        return frame

    def close(self):
        self.connection.close()


_NUMERIC_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
                  "FLOAT", "DOUBLE"}


def _numeric(column):
    try:
        return pd.to_numeric(column)
    except (TypeError, ValueError, OverflowError):  # unsigned 64-bit values beyond int64
        return column.astype(float)


class _JavaValues:
    """Converts between JDBC values and plain Python ones (the Java classes are looked up once)."""

    def __init__(self):
        from java.lang import Boolean, Number, String
        from java.math import BigDecimal
        from java.sql import Array, Blob, Struct
        from java.time import LocalDate
        from java.util import Map

        self.String, self.Boolean, self.Number, self.BigDecimal = String, Boolean, Number, BigDecimal
        self.Array, self.Struct, self.Blob, self.Map, self.LocalDate = Array, Struct, Blob, Map, LocalDate

    def to_java(self, value):
        """A query parameter: JPype converts str, int, float and bool itself, dates need a LocalDate."""
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return self.LocalDate.of(value.year, value.month, value.day)
        return value

    def to_python(self, value):
        """Numbers, str, bool, dates, lists for arrays and dicts for structs and maps."""
        if value is None:
            return None
        if isinstance(value, self.String):
            return str(value)
        if isinstance(value, self.Boolean):
            return bool(value.booleanValue())
        if isinstance(value, self.BigDecimal):
            return float(value.doubleValue())
        if isinstance(value, self.Number):
            text = str(value.toString())  # exact for BIGINT and HUGEINT (BigInteger); "NaN" for doubles
            return int(text) if re.fullmatch(r"-?\d+", text) else float(text)
        if isinstance(value, self.Array):
            return [self.to_python(element) for element in value.getArray()]
        if isinstance(value, self.Struct):
            if hasattr(value, "getMap"):  # DuckDB's struct keeps its field names there
                return {str(k): self.to_python(v) for k, v in value.getMap().items()}
            return [self.to_python(element) for element in value.getAttributes()]
        if isinstance(value, self.Blob):
            return bytes(value.getBytes(1, int(value.length())))
        if isinstance(value, self.Map):
            return {self.to_python(k): self.to_python(v) for k, v in value.items()}
        text = str(value.toString())
        class_name = str(value.getClass().getName())
        if class_name in ("java.time.LocalDate", "java.sql.Date"):
            return datetime.date.fromisoformat(text)
        if class_name in ("java.time.LocalDateTime", "java.time.OffsetDateTime", "java.sql.Timestamp"):
            return pd.Timestamp(text)
        if class_name in ("java.time.LocalTime", "java.sql.Time"):
            return datetime.time.fromisoformat(text)
        return text  # UUID, INTERVAL, ENUM and the like: their text
