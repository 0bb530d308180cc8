<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogueChoice</name>
    <message numerus="yes">
        <source>The %n product(s) selected in the list</source>
        <translation>
            <numerusform>The %Ln product selected in the list</numerusform>
            <numerusform>The %Ln products selected in the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message numerus="yes">
        <source>%n product(s) will be in the catalogue.</source>
        <translation>
            <numerusform>%Ln product will be in the catalogue.</numerusform>
            <numerusform>%Ln products will be in the catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected product(s) not shown on the kiosk stay out.</source>
        <translation>
            <numerusform>%Ln selected product is not shown on the kiosk and stays out.</numerusform>
            <numerusform>%Ln of the selected products are not shown on the kiosk and stay out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClearDemoDialog</name>
    <message numerus="yes">
        <source>Also remove the %n demo product(s) that staff changed</source>
        <translation>
            <numerusform>Also remove the %Ln demo product that staff changed</numerusform>
            <numerusform>Also remove the %Ln demo products that staff changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo product(s)</source>
        <translation>
            <numerusform>%Ln demo product</numerusform>
            <numerusform>%Ln demo products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(with %n photo(s),</source>
        <translation>
            <numerusform>(with %Ln photo,</numerusform>
            <numerusform>(with %Ln photos,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock movement(s))</source>
        <translation>
            <numerusform>%Ln stock movement)</numerusform>
            <numerusform>%Ln stock movements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo producer(s) no kept product uses</source>
        <translation>
            <numerusform>%Ln demo producer no kept product uses</numerusform>
            <numerusform>%Ln demo producers no kept product uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo category(ies) no kept product uses</source>
        <translation>
            <numerusform>%Ln demo category no kept product uses</numerusform>
            <numerusform>%Ln demo categories no kept product uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) that staff added</source>
        <translation>
            <numerusform>%Ln product that staff added</numerusform>
            <numerusform>%Ln products that staff added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo product(s) that staff changed</source>
        <translation>
            <numerusform>%Ln demo product that staff changed</numerusform>
            <numerusform>%Ln demo products that staff changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo producer(s) still in use or changed by staff</source>
        <translation>
            <numerusform>%Ln demo producer still in use or changed by staff</numerusform>
            <numerusform>%Ln demo producers still in use or changed by staff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo category(ies) still in use</source>
        <translation>
            <numerusform>%Ln demo category still in use</numerusform>
            <numerusform>%Ln demo categories still in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data cleared: %n product(s) removed. Backup: {path}</source>
        <translation>
            <numerusform>Demo data cleared: %Ln product removed. Backup: {path}</numerusform>
            <numerusform>Demo data cleared: %Ln products removed. Backup: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelJobForm</name>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n producer(s) have no phone: their labels show text</source>
        <translation>
            <numerusform>%Ln producer has no phone: its labels show text</numerusform>
            <numerusform>%Ln producers have no phone: their labels show text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) have no producer: their labels show text</source>
        <translation>
            <numerusform>%Ln product has no producer: its label shows text</numerusform>
            <numerusform>%Ln products have no producer: their labels show text</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message numerus="yes">
        <source>Labels for all %n product(s) in the list</source>
        <translation>
            <numerusform>Labels for all %Ln product in the list</numerusform>
            <numerusform>Labels for all %Ln products in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labels for %n selected product(s)</source>
        <translation>
            <numerusform>Labels for %Ln selected product</numerusform>
            <numerusform>Labels for %Ln selected products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n product(s) low on stock</source>
        <translation>
            <numerusform>⚠ %Ln product low on stock</numerusform>
            <numerusform>⚠ %Ln products low on stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <source>%n file(s) could not be added as photos:</source>
        <translation>
            <numerusform>%Ln file could not be added as a photo:</numerusform>
            <numerusform>%Ln files could not be added as photos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report ready: %n page(s).</source>
        <translation>
            <numerusform>Report ready: %Ln page.</numerusform>
            <numerusform>Report ready: %Ln pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report ready: %n sheet(s).</source>
        <translation>
            <numerusform>Report ready: %Ln sheet.</numerusform>
            <numerusform>Report ready: %Ln sheets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%Ln sheet</numerusform>
            <numerusform>%Ln sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsiteDialog</name>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
</TS>
