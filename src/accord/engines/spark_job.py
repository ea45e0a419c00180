"""The driver script for ``spark-submit`` (absolute imports, so it runs by
path): the arguments are those of ``accord extract`` with ``--engine
spark`` implied.

    spark-submit --master yarn --deploy-mode cluster \\
        --archives accord-env.tar.gz#env \\
        --conf spark.pyspark.python=./env/bin/python \\
        "$(python -c 'import accord.engines.spark_job as m; print(m.__file__)')" \\
        hdfs:///news/2024/ --format parquet -o hdfs:///records/2024/

See docs/scale.md.
"""

import sys

from accord.cli import main

if __name__ == "__main__":
    args = sys.argv[1:]
    if "--engine" not in args:
        args += ["--engine", "spark"]
    main(["extract", *args])
