"""What leaves the program as documents, without widgets: QR shelf labels (`labels`), catalogues
(`catalogue`), the report for the province (`report`) and the static website (`website`), with
the fonts and QR symbols they share (`fonts`, `qr`)."""
