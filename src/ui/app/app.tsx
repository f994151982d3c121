import { Container, Typography } from '@mui/material'

/** Placeholder shell until the designer lands. */
export function App() {
  return (
    <Container sx={{ py: 4 }}>
      <Typography variant="h4" component="h1">NAD Designer</Typography>
      <Typography>Design Multus NetworkAttachmentDefinitions for MicroShift 4.17.</Typography>
    </Container>
  )
}
