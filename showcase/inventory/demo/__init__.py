"""The demo showcase: `showcase` fills a new database with it (its content is the data table in
`data`, its pictures are drawn by `art` from the shapes in `motifs`), `synthetic` makes large
generated showcases for benchmarks, and `clear` removes the demo while keeping staff's work."""
