package vn.motcua.portal.sync.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import vn.motcua.portal.sync.Exchange;
import vn.motcua.portal.sync.OutboxRepository;

/** A batch of the exchange log's rows, in a transaction of its own ({@link ExchangeLogWriter}). */
@Stateless
public class ExchangeLogBatch {

  @Inject private OutboxRepository outbox;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(List<Exchange> rows) {
    outbox.log(rows);
  }
}
